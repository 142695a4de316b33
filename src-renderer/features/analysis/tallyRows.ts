import type { StatementRow } from '../../../src-main/shared/contract'
import { addToTally, emptyTally, type StanceTally } from '../../../src-main/shared/stanceTally'

export interface Axis {
  id: string
  label: string
  count: number
}

/** Statements tallied by stance under a pair of keys (e.g. speaker × position). */
export function tallyRows(
  rows: StatementRow[],
  keyA: (row: StatementRow) => Axis | undefined,
  keyB: (row: StatementRow) => Axis | undefined,
): { a: Axis[]; b: Axis[]; cells: Map<string, StanceTally> } {
  const a = new Map<string, Axis>()
  const b = new Map<string, Axis>()
  const cells = new Map<string, StanceTally>()
  for (const row of rows) {
    const x = keyA(row)
    const y = keyB(row)
    if (!x || !y) continue
    a.set(x.id, { ...x, count: (a.get(x.id)?.count ?? 0) + 1 })
    b.set(y.id, { ...y, count: (b.get(y.id)?.count ?? 0) + 1 })
    const key = `${x.id}|${y.id}`
    const tally = cells.get(key) ?? emptyTally()
    addToTally(tally, row.stance)
    cells.set(key, tally)
  }
  const byCount = (m: Map<string, Axis>) =>
    [...m.values()].sort((p, q) => q.count - p.count || p.label.localeCompare(q.label))
  return { a: byCount(a), b: byCount(b), cells }
}

export const bySpeaker = (row: StatementRow): Axis | undefined =>
  row.speaker && { id: row.speaker.id, label: row.speaker.name, count: 0 }
export const byPosition = (row: StatementRow): Axis | undefined =>
  row.position && { id: row.position.id, label: row.position.label, count: 0 }
export const byMonth = (row: StatementRow): Axis | undefined =>
  row.published
    ? { id: row.published.slice(0, 7), label: row.published.slice(0, 7), count: 0 }
    : undefined
