import type { Coder } from '../../shared/model'
import type { Registry } from '../storage/registryFile'
import { laterFirst, mergeSet, mergeValue } from './mergeValue'
import { canonicalJson, sameValue } from './sameValue'
import { mergeConflictLists, withConflicts, type RegistryConflict } from './syncConflicts'

/**
 * The shared registry file's content (storage's registry.json): speakers and positions by id,
 * coders in order (the first codes the statements written before coders), and the conflicts
 * left to settle.
 */
export type SyncedRegistry = Registry

/** When each side last changed the registry (its commit's time), to tell which change is later. */
export interface SidesChangedAt {
  ours: string
  theirs: string
}

const KINDS = [
  ['speakers', 'speaker'],
  ['positions', 'position'],
] as const

const byId = (coders: readonly Coder[] = []): Entries =>
  Object.fromEntries(coders.map((coder) => [coder.id, coder as unknown as Entry]))

/** The merged coders in ours' order, then those new from theirs in theirs' order. */
function inOrder(merged: Entries, ours: readonly Coder[] = [], theirs: readonly Coder[] = []) {
  const ids = [...new Set([...ours, ...theirs].map((coder) => coder.id))]
  return ids.filter((id) => Object.hasOwn(merged, id)).map((id) => merged[id] as unknown as Coder)
}

/**
 * Speakers, positions and coders merged by id and by field: a rename on one side and a new
 * alias on the other both survive; a field changed on both takes the later change and keeps the
 * other as a conflict; an entry deleted on one side and changed on the other is kept. Coders keep
 * ours' order (who is first matters), those only theirs had following.
 */
export function mergeRegistry(
  base: SyncedRegistry | undefined,
  ours: SyncedRegistry,
  theirs: SyncedRegistry,
  changedAt: SidesChangedAt = { ours: '', theirs: '' },
): SyncedRegistry {
  const conflicts: RegistryConflict[] = []
  const merged: SyncedRegistry = { speakers: {}, positions: {}, coders: [] }
  for (const [list, kind] of KINDS) {
    const entries = mergeEntries(
      (base?.[list] ?? {}) as Entries,
      (ours[list] ?? {}) as Entries,
      (theirs[list] ?? {}) as Entries,
      changedAt,
      (id, field, other) => conflicts.push({ kind, id, field, other }),
    )
    ;(merged as unknown as Record<string, Entries>)[list] = entries
  }
  const coders = mergeEntries(
    byId(base?.coders),
    byId(ours.coders),
    byId(theirs.coders),
    changedAt,
    (id, field, other) => conflicts.push({ kind: 'coder', id, field, other }),
  )
  merged.coders = inOrder(coders, ours.coders, theirs.coders)
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
