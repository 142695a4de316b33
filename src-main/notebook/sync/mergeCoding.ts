import type { ArticleCoding, UnitDecision } from '../../shared/model'
import { sameValue } from './sameValue'

type Coding = ArticleCoding | undefined

/** A list as a set merged against its base: what either side added, less what either removed. */
function mergeSet(base: readonly string[], ours: readonly string[], theirs: readonly string[]) {
  const was = new Set(base)
  const kept = (list: readonly string[], other: readonly string[]) =>
    list.filter((id) => other.includes(id) || !was.has(id))
  return [...new Set([...kept(ours, theirs), ...kept(theirs, ours)])]
}

/**
 * Two sides' double coding of an article merged field by field: coders and who is done as sets,
 * the decisions by unit (the later saved side's where both decided one), and adjudicated where a
 * side had adjudicated every unit of the same coders' work and the other side dropped none of its
 * decisions. `theirsLater`: their side was saved after ours.
 */
export function mergeCoding(
  base: Coding,
  ours: Coding,
  theirs: Coding,
  theirsLater: boolean,
): Coding {
  if (sameValue(ours, theirs) || sameValue(theirs, base)) return ours
  if (sameValue(ours, base)) return theirs
  if (!ours || !theirs) return ours ?? theirs
  const coders = mergeSet(base?.coders ?? [], ours.coders, theirs.coders)
  const done = mergeSet(base?.done ?? [], ours.done, theirs.done).filter((id) =>
    coders.includes(id),
  )
  const decisions = new Map<string, UnitDecision>()
  const [earlier, later] = theirsLater ? [ours, theirs] : [theirs, ours]
  for (const decision of [...(earlier.decisions ?? []), ...(later.decisions ?? [])])
    decisions.set(decision.unitId, decision)
  const complete = (side: ArticleCoding) =>
    !!side.adjudicated &&
    sameValue([...side.coders].sort(), [...coders].sort()) &&
    (side.decisions ?? []).every((decision) => decisions.has(decision.unitId))
  return {
    coders,
    done,
    ...(decisions.size > 0 && { decisions: [...decisions.values()] }),
    ...((complete(ours) || complete(theirs)) && { adjudicated: true as const }),
  }
}
