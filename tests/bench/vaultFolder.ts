import { rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { articleToMarkdown, type Registry } from '../../src-main/notebook/export/articleToMarkdown'
import type { Article, Position, Speaker } from '../../src-main/shared/model'

/** The registry articleToMarkdown names speakers and positions from. */
export function registryOf(speakers: Speaker[], positions: Position[]): Registry {
  return {
    speakers: new Map(speakers.map((s) => [s.id, s])),
    positions: new Map(positions.map((p) => [p.id, p])),
  }
}

/**
 * A Markdown vault the plain way, the same for every store: each article as its note, written
 * atomically (temp file, then rename) under a name no other note in the folder has.
 */
export class VaultFolder {
  readonly #folder: string
  readonly #registry: Registry
  readonly #taken = new Set<string>()
  written = 0

  constructor(folder: string, registry: Registry) {
    this.#folder = folder
    this.#registry = registry
  }

  async add(article: Article): Promise<void> {
    const file = articleToMarkdown(article, this.#registry)
    let name = file.filename
    for (let n = 2; this.#taken.has(name.toLowerCase()); n++)
      name = file.filename.replace(/\.md$/, ` ${n}.md`)
    this.#taken.add(name.toLowerCase())
    const target = join(this.#folder, name)
    const temp = join(this.#folder, `.${name}.tmp`)
    await writeFile(temp, file.content as string)
    await rename(temp, target)
    this.written++
  }
}
