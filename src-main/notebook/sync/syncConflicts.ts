import type { Statement } from '../../shared/model'
import { canonicalJson } from './sameValue'

/**
 * What a merge could not decide alone, kept on the article so the analyst settles it in one
 * click. The version in the article is the one kept; `other` is the one to take instead.
 * Proposed as `Article.conflicts?: ArticleConflict[]` in the model.
 */
export type ArticleConflict =
  /** The same statement changed on both sides: the later change is kept, this is the earlier. */
  | { kind: 'statement'; statementId: string; other: Statement; quote: string }
  /** A field of the article (meta.title, notes…) changed on both sides: ours kept. */
  | { kind: 'field'; field: string; other: unknown }
  /** The text edited on both sides: ours kept, theirs is the article `copyId` beside it. */
  | { kind: 'text'; copyId: string }

/** A registry entry's field changed on both sides: the later kept, `other` the earlier value. */
export interface RegistryConflict {
  kind: 'speaker' | 'position' | 'coder'
  id: string
  field: string
  other: unknown
}

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
