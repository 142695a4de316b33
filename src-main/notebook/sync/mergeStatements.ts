import type { Statement } from '../../shared/model'
import { laterFirst } from './mergeValue'
import { canonicalJson, sameValue } from './sameValue'

export type Side = 'ours' | 'theirs'

/** A statement the merge keeps, and the side whose version (and marks) it is. */
export interface KeptStatement {
  statement: Statement
  side: Side
}

/** The same statement changed on both sides: `other` is the earlier change, kept aside. */
export interface StatementClash {
  statementId: string
  other: Statement
  otherSide: Side
}

/**
 * Statements merged by id against their base: added on either side, kept; changed on one side,
 * that change; changed on both, the later change, with the earlier set aside as a clash;
 * deleted on one side and changed on the other, kept; deleted on one side and untouched on the
 * other, gone.
 */
export function mergeStatements(
  base: Readonly<Record<string, Statement>>,
  ours: Readonly<Record<string, Statement>>,
  theirs: Readonly<Record<string, Statement>>,
): { kept: Map<string, KeptStatement>; clashes: StatementClash[] } {
  const kept = new Map<string, KeptStatement>()
  const clashes: StatementClash[] = []
  const ids = [...new Set([...Object.keys(ours), ...Object.keys(theirs), ...Object.keys(base)])]
  for (const id of ids) {
    const was = Object.hasOwn(base, id) ? base[id] : undefined
    const mine = Object.hasOwn(ours, id) ? ours[id] : undefined
    const their = Object.hasOwn(theirs, id) ? theirs[id] : undefined
    if (mine && their) {
      if (sameValue(mine, their) || (was && sameValue(their, was)))
        kept.set(id, { statement: mine, side: 'ours' })
      else if (was && sameValue(mine, was)) kept.set(id, { statement: their, side: 'theirs' })
      else {
        const { later, earlier, laterSide } = laterFirst(
          mine,
          their,
          mine.updatedAt,
          their.updatedAt,
          canonicalJson,
        )
        kept.set(id, { statement: later, side: laterSide })
        clashes.push({
          statementId: id,
          other: earlier,
          otherSide: laterSide === 'ours' ? 'theirs' : 'ours',
        })
      }
    } else if (mine) {
      if (!was || !sameValue(mine, was)) kept.set(id, { statement: mine, side: 'ours' })
    } else if (their) {
      if (!was || !sameValue(their, was)) kept.set(id, { statement: their, side: 'theirs' })
    }
  }
  return { kept, clashes }
}
