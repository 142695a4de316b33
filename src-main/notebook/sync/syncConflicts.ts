import type { ArticleConflict, RegistryConflict } from '../../shared/model'
import type { Catalog } from '../storage/catalog'
import { canonicalJson } from './sameValue'

export type { ArticleConflict, RegistryConflict }

/**
 * The conflicts of a merge from both sides' lists: one settled on one side (gone there, in the
 * base) goes; a new one on either side stays; the same one twice is kept once.
 */
export function mergeConflictLists<T>(
  base: readonly T[],
  ours: readonly T[],
  theirs: readonly T[],
): T[] {
  const keys = (list: readonly T[]) => new Set(list.map(canonicalJson))
  const inBase = keys(base)
  const inOurs = keys(ours)
  const inTheirs = keys(theirs)
  const kept = new Map<string, T>()
  for (const conflict of [...ours, ...theirs]) {
    const key = canonicalJson(conflict)
    const settled = inBase.has(key) && (!inOurs.has(key) || !inTheirs.has(key))
    if (!settled && !kept.has(key)) kept.set(key, conflict)
  }
  return [...kept.values()]
}

/** Conflicts added to a list, each kept once. */
export function withConflicts<T>(list: readonly T[], added: readonly T[]): T[] {
  return mergeConflictLists([], list, added)
}

/** The conflicts left to settle: every article's (its summary counts them) and the registry's. */
export function conflictsLeft(catalog: Catalog): number {
  let count = catalog.conflicts?.length ?? 0
  for (const summary of Object.values(catalog.articles)) count += summary.conflicts ?? 0
  return count
}
