import { StancemarkError } from '../../shared/errors'
import { freshId, newId } from '../newId'

interface Entry {
  id: string
}

/** What the analyst is told when an id is not in the registry or the codebook. */
export interface EntryWords<T> {
  missing: string
  clash: (other: T) => string
}

/** The entry with this id; a missing one is refused in the analyst's words. */
export function entryById<T extends Entry>(
  records: Record<string, T>,
  id: string,
  missing: string,
): T {
  const entry = Object.hasOwn(records, id) ? records[id] : undefined
  if (!entry) throw new StancemarkError('not-found', missing)
  return entry
}

/** Kept in the registry (or the codebook) under its id; answers it. */
export function storeEntry<T extends Entry>(records: Record<string, T>, entry: T): T {
  records[entry.id] = entry
  return entry
}

/**
 * An entry referred to by id, or else by name (`find`), created when new (`make`): how a
 * statement or a script names a speaker or a position.
 */
export function resolveEntry<T extends Entry, ByName>(
  records: Record<string, T>,
  ref: { id: string } | ByName,
  missing: string,
  find: (ref: ByName) => T | undefined,
  make: (ref: ByName) => Omit<T, 'id'>,
): T {
  if (typeof ref === 'object' && ref !== null && 'id' in ref && typeof ref.id === 'string')
    return entryById(records, ref.id, missing)
  const byName = ref as ByName
  return find(byName) ?? storeEntry(records, { ...make(byName), id: newId() } as T)
}

/**
 * Before an entry is created (no id) or replaced (its id): the one it replaces, refused when it is
 * not there or when `clash`, another entry, already goes by the new name.
 */
export function entryToPut<T extends Entry>(
  records: Record<string, T>,
  id: string | undefined,
  clash: T | undefined,
  words: EntryWords<T>,
): T | undefined {
  const before = id === undefined ? undefined : entryById(records, id, words.missing)
  if (clash && clash.id !== id) throw new StancemarkError('conflict', words.clash(clash))
  return before
}

/** An entry named in a file: by its id when here, else by name, else new (the file's id kept when free). */
export function adoptEntry<T extends Entry>(
  records: Record<string, T>,
  id: string | undefined,
  find: () => T | undefined,
  make: (id: string) => T,
): T {
  const byId = id && Object.hasOwn(records, id) ? records[id] : undefined
  return byId ?? find() ?? storeEntry(records, make(freshId(id, (taken) => !!records[taken])))
}

/** Takes these entries out of the registry (or the codebook); answers their names. */
export function removeEntries<T extends Entry>(
  records: Record<string, T>,
  ids: Iterable<string>,
  nameOf: (entry: T) => string,
): string[] {
  const names: string[] = []
  for (const id of ids) {
    names.push(nameOf(records[id]))
    delete records[id]
  }
  return names
}
