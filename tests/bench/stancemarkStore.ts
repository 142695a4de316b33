import { join } from 'node:path'
import { openNotebook, type Notebook } from '../../src-main/notebook/notebook'
import type { Article, Position, Speaker } from '../../src-main/shared/model'
import { NEW_STATEMENT, PAGE, SEARCH_HITS, STATEMENT_PAGE, type BenchStore } from './benchStore'
import { VaultFolder, registryOf } from './vaultFolder'

const resourcesDir = join(import.meta.dirname, '..', '..', 'resources')

/** The Notebook service over the archive folder, called as the app calls it. */
export class StancemarkStore implements BenchStore {
  readonly #notebook: Notebook

  private constructor(notebook: Notebook) {
    this.#notebook = notebook
  }

  static async open(archiveDir: string): Promise<StancemarkStore> {
    return new StancemarkStore(await openNotebook({ archiveDir, resourcesDir }))
  }

  async listLibrary(): Promise<number> {
    return (await this.#notebook.listArticles({ offset: 0, limit: PAGE })).items.length
  }

  /** Waits until the search and statement indexes are loaded (not timed as part of open). */
  async settle(): Promise<void> {
    await this.#notebook.exploreStatements({ limit: 1 })
    await this.#notebook.search({ text: 'settle', limit: 1 })
  }

  async getArticle(id: string): Promise<unknown> {
    return this.#notebook.getArticle(id)
  }

  async addStatement(articleId: string, speakerId: string, positionId: string): Promise<void> {
    await this.#notebook.addStatement(articleId, {
      anchor: NEW_STATEMENT,
      speaker: { id: speakerId },
      position: { id: positionId },
      stance: 'supports',
      tags: [],
      note: '',
    })
  }

  async search(text: string): Promise<number> {
    return (await this.#notebook.search({ text, limit: SEARCH_HITS })).length
  }

  async statementsOf(filter: { speakerId?: string; positionId?: string }): Promise<number> {
    return (await this.#notebook.queryStatements({ ...filter, limit: STATEMENT_PAGE })).length
  }

  async exportVault(folder: string): Promise<number> {
    // What the handlers answer is what the model holds, with its defaults filled in.
    const registry = registryOf(
      (await this.#notebook.listSpeakers()) as Speaker[],
      (await this.#notebook.listPositions()) as Position[],
    )
    const vault = new VaultFolder(folder, registry)
    for (let offset = 0; ; offset += 1000) {
      const { items } = await this.#notebook.listArticles({ offset, limit: 1000 })
      for (const summary of items)
        await vault.add((await this.#notebook.getArticle(summary.id)) as Article)
      if (items.length < 1000) break
    }
    return vault.written
  }

  close(): Promise<void> {
    return this.#notebook.close()
  }
}
