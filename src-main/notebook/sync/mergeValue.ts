import { sameValue } from './sameValue'

/** A three-way merge of one value: the merged value, or both sides when each changed it its own way. */
export type MergedValue<T> = { value: T } | { clash: { ours: T; theirs: T } }

/** What changed on one side only is taken; what changed on both the same way too. */
export function mergeValue<T>(base: T, ours: T, theirs: T): MergedValue<T> {
  if (sameValue(ours, theirs) || sameValue(theirs, base)) return { value: ours }
  if (sameValue(ours, base)) return { value: theirs }
  return { clash: { ours, theirs } }
}

/**
 * A three-way merge of a list of names (aliases, tags): what either side added is kept, what
 * either side removed from the base goes. Ours' order first, then theirs' additions.
 */
export function mergeSet(
  base: readonly string[],
  ours: readonly string[],
  theirs: readonly string[],
): string[] {
  const inBase = new Set(base)
  const inOurs = new Set(ours)
  const inTheirs = new Set(theirs)
  const kept = ours.filter((item) => inTheirs.has(item) || !inBase.has(item))
  const added = theirs.filter((item) => !inOurs.has(item) && !inBase.has(item))
  return [...new Set([...kept, ...added])]
}

/** Two versions of one thing, the one changed later first; the same time, ordered by content. */
export function laterFirst<T>(
  ours: T,
  theirs: T,
  oursAt: string,
  theirsAt: string,
  order: (value: T) => string,
): { later: T; earlier: T; laterSide: 'ours' | 'theirs' } {
  const theirsLater = theirsAt > oursAt || (theirsAt === oursAt && order(theirs) > order(ours))
  return theirsLater
    ? { later: theirs, earlier: ours, laterSide: 'theirs' }
    : { later: ours, earlier: theirs, laterSide: 'ours' }
}
