import { join } from 'node:path'
import { z } from 'zod'
import { Coder, Position, RegistryConflict, Speaker } from '../../shared/model'
import { DurableTextFile } from './durableTextFile'
import { ValidatedJSONFile } from './jsonFile'

/** The shared registry file at the archive's root (DESIGN.md §5). */
export const REGISTRY_FILE = 'registry.json'
/** The registry file's format; a newer one is refused, never written over. */
export const REGISTRY_FORMAT = 1

export const Registry = z.object({
  speakers: z.record(z.string(), Speaker),
  positions: z.record(z.string(), Position),
  /** Who codes statements here, in order: the first is the coder of statements written before coders. */
  coders: z.array(Coder).default([]),
  /** What a sync's merge could not decide; absent when there is nothing. */
  conflicts: z.array(RegistryConflict).optional(),
})
export type Registry = z.infer<typeof Registry>

/** The fields of a shape first, in the shape's order, then any others by name. */
function inShapeOrder<T extends object>(shape: object, value: T): T {
  const known = Object.keys(shape)
  const others = Object.keys(value)
    .filter((key) => !known.includes(key))
    .sort()
  const ordered: Record<string, unknown> = {}
  for (const key of [...known, ...others])
    if ((value as Record<string, unknown>)[key] !== undefined)
      ordered[key] = (value as Record<string, unknown>)[key]
  return ordered as T
}

function byId<T extends object>(shape: object, entries: Record<string, T>): Record<string, T> {
  const sorted: Record<string, T> = {}
  for (const id of Object.keys(entries).sort()) sorted[id] = inShapeOrder(shape, entries[id])
  return sorted
}

/**
 * The registry file's bytes: entries by id, fields in the model's order, no time and nothing of
 * this machine, so the same registry always gives the same bytes on every machine.
 */
export function registryText(registry: Registry): string {
  const file = {
    schemaVersion: REGISTRY_FORMAT,
    speakers: byId(Speaker.shape, registry.speakers),
    positions: byId(Position.shape, registry.positions),
    coders: registry.coders.map((coder) => inShapeOrder(Coder.shape, coder)),
    ...(registry.conflicts?.length && { conflicts: registry.conflicts }),
  }
  return `${JSON.stringify(file, null, 2)}\n`
}

/** The registry part of anything that holds one (the archive's catalog in memory). */
export const registryOf = (from: Registry): Registry => ({
  speakers: from.speakers,
  positions: from.positions,
  coders: from.coders,
  ...(from.conflicts?.length && { conflicts: from.conflicts }),
})

/** Puts a registry in place of the one `into` holds (the archive's catalog in memory). */
export function putRegistry(into: Registry, registry: Registry): void {
  into.speakers = registry.speakers
  into.positions = registry.positions
  into.coders = registry.coders
  if (registry.conflicts?.length) into.conflicts = registry.conflicts
  else delete into.conflicts
}

/**
 * `registry.json`: read checked (a damaged file throws DamagedFileError, a newer one
 * NewerFileError), written only when its bytes would change, so a save that leaves the registry
 * as it was does not touch it.
 */
export class RegistryFile {
  readonly path: string
  readonly #checked: ValidatedJSONFile<Registry>
  readonly #text: DurableTextFile
  /** The bytes the file has (or, read in another layout, would have as we write it). */
  #known: string | undefined

  constructor(archiveDir: string) {
    this.path = join(archiveDir, REGISTRY_FILE)
    this.#checked = new ValidatedJSONFile(this.path, Registry, { version: REGISTRY_FORMAT })
    this.#text = new DurableTextFile(this.path)
  }

  async read(): Promise<Registry | null> {
    const registry = await this.#checked.read()
    this.#known = registry ? registryText(registry) : undefined
    return registry
  }

  /** The registry as last read or written, if it was. */
  known(): Registry | undefined {
    return this.#known === undefined ? undefined : Registry.parse(JSON.parse(this.#known))
  }

  /** Whether writing `registry` would change the file. */
  differs(registry: Registry): boolean {
    return registryText(registry) !== this.#known
  }

  /** Writes the registry when its bytes differ from the file's; answers whether it wrote. */
  async write(registry: Registry): Promise<boolean> {
    const text = registryText(registry)
    if (text === this.#known) return false
    await this.#text.write(text)
    this.#known = text
    return true
  }

  /** The file is no longer what was read (moved to quarantine, or gone). */
  forget(): void {
    this.#known = undefined
  }
}
