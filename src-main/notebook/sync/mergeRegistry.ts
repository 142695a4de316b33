import type { Position, Speaker } from '../../shared/model'
import { laterFirst, mergeSet, mergeValue } from './mergeValue'
import { canonicalJson, sameValue } from './sameValue'
import { mergeConflictLists, withConflicts, type RegistryConflict } from './syncConflicts'

/** A coder as the coders issue brings them (kept loose here until the model has them). */
export interface Coder {
  id: string
  name: string
  color: string
}

/** The shared registry file's content: every entry by id, and the conflicts left to settle. */
export interface SyncedRegistry {
  speakers: Record<string, Speaker>
  positions: Record<string, Position>
  coders?: Record<string, Coder>
  conflicts?: RegistryConflict[]
}

/** When each side last changed the registry (its commit's time), to tell which change is later. */
export interface SidesChangedAt {
  ours: string
  theirs: string
}

const KINDS = [
  ['speakers', 'speaker'],
  ['positions', 'position'],
  ['coders', 'coder'],
] as const

/**
 * Speakers, positions and coders merged by id and by field: a rename on one side and a new
 * alias on the other both survive; a field changed on both takes the later change and keeps the
 * other as a conflict; an entry deleted on one side and changed on the other is kept.
 */
export function mergeRegistry(
  base: SyncedRegistry | undefined,
  ours: SyncedRegistry,
  theirs: SyncedRegistry,
  changedAt: SidesChangedAt = { ours: '', theirs: '' },
): SyncedRegistry {
  const conflicts: RegistryConflict[] = []
  const merged: SyncedRegistry = { speakers: {}, positions: {} }
  for (const [list, kind] of KINDS) {
    const entries = mergeEntries(
      (base?.[list] ?? {}) as Entries,
      (ours[list] ?? {}) as Entries,
      (theirs[list] ?? {}) as Entries,
      changedAt,
      (id, field, other) => conflicts.push({ kind, id, field, other }),
    )
    if (list !== 'coders' || Object.keys(entries).length > 0)
      (merged as unknown as Record<string, Entries>)[list] = entries
  }
  const all = withConflicts(
    mergeConflictLists(base?.conflicts ?? [], ours.conflicts ?? [], theirs.conflicts ?? []),
    conflicts,
  )
  if (all.length > 0) merged.conflicts = all
  return merged
}

type Entry = Record<string, unknown>
type Entries = Record<string, Entry>

function mergeEntries(
  base: Entries,
  ours: Entries,
  theirs: Entries,
  changedAt: SidesChangedAt,
  clash: (id: string, field: string, other: unknown) => void,
): Entries {
  const merged: Entries = {}
  for (const id of new Set([...Object.keys(ours), ...Object.keys(theirs)])) {
    const was = Object.hasOwn(base, id) ? base[id] : undefined
    const mine = Object.hasOwn(ours, id) ? ours[id] : undefined
    const their = Object.hasOwn(theirs, id) ? theirs[id] : undefined
    if (mine && their) merged[id] = mergeEntry(id, was ?? {}, mine, their, changedAt, clash)
    else if (mine && (!was || !sameValue(mine, was))) merged[id] = mine
    else if (their && (!was || !sameValue(their, was))) merged[id] = their
  }
  return merged
}

function mergeEntry(
  id: string,
  base: Entry,
  ours: Entry,
  theirs: Entry,
  changedAt: SidesChangedAt,
  clash: (id: string, field: string, other: unknown) => void,
): Entry {
  const merged: Entry = {}
  const later = laterFirst(ours, theirs, changedAt.ours, changedAt.theirs, canonicalJson)
  for (const field of new Set([...Object.keys(ours), ...Object.keys(theirs)])) {
    const [was, mine, their] = [base[field], ours[field], theirs[field]]
    let value: unknown
    if (isNames(mine) && isNames(their) && (was === undefined || isNames(was)))
      value = mergeSet(was ?? [], mine, their)
    else {
      const one = mergeValue(was, mine, their)
      if ('value' in one) value = one.value
      else {
        value = later.laterSide === 'ours' ? mine : their
        clash(id, field, later.laterSide === 'ours' ? their : mine)
      }
    }
    if (value !== undefined) merged[field] = value
  }
  return merged
}

function isNames(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
}
