import type { StanceTally } from '../../../src-main/shared/stanceTally'

/** How much time a column of the timeline holds. */
export type TimeUnit = 'month' | 'quarter' | 'year'

/** One column: its statements' dates run `from` to `to` (YYYY-MM-DD), both included. */
export interface TimeColumn {
  key: string
  /** What its axis says: the year where one starts (or at the first column), else the part of it. */
  label: string
  from: string
  to: string
}

type MonthTally = StanceTally & { month: string }

const UNITS: TimeUnit[] = ['month', 'quarter', 'year']

const pad = (n: number) => String(n).padStart(2, '0')

function columnKey(month: string, unit: TimeUnit): string {
  if (unit === 'month') return month
  const year = month.slice(0, 4)
  return unit === 'year' ? year : `${year}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`
}

function lastDay(month: string): string {
  const [year, m] = month.split('-').map(Number)
  return `${month}-${pad(new Date(Date.UTC(year, m, 0)).getUTCDate())}`
}

/** Every column of `unit` from the one holding `first` to the one holding `last` (months YYYY-MM). */
function columnsBetween(first: string, last: string, unit: TimeUnit): TimeColumn[] {
  const columns: TimeColumn[] = []
  let [year, month] = first.split('-').map(Number)
  // From the first month of the first column, so that its dates cover the whole column.
  if (unit === 'quarter') month -= (month - 1) % 3
  if (unit === 'year') month = 1
  for (let current = `${year}-${pad(month)}`; current <= last;) {
    const key = columnKey(current, unit)
    const previous = columns.at(-1)
    if (previous?.key === key) previous.to = lastDay(current)
    else {
      const [y, part] = key.split('-')
      const starts = columns.length === 0 || unit === 'year' || part === 'Q1' || part === '01'
      const label = unit === 'year' ? y : starts ? key.replace('-Q', ' Q') : part
      columns.push({ key, label, from: `${current}-01`, to: lastDay(current) })
    }
    month++
    if (month > 12) [year, month] = [year + 1, 1]
    current = `${year}-${pad(month)}`
  }
  return columns
}

function sum(a: StanceTally | undefined, b: StanceTally): StanceTally {
  if (!a) return { ...b }
  const tally = { ...a }
  for (const stance of ['supports', 'opposes', 'neutral', 'none', 'total'] as const)
    tally[stance] += b[stance]
  tally.net = (tally.supports - tally.opposes) / tally.total
  tally.contradiction = tally.supports > 0 && tally.opposes > 0
  return tally
}

/**
 * The columns of a timeline over the months its lines have statements in — no earlier, no
 * later — as months, else quarters, else years: the finest whose columns are each at least
 * `narrowest` wide in `room`. With each line's statements summed per column.
 */
export function timelineColumns(
  lines: { id: string; months: MonthTally[] }[],
  room: number,
  narrowest: number,
): { unit: TimeUnit; columns: TimeColumn[]; cells: Map<string, StanceTally> } {
  const months = lines.flatMap((line) => line.months.map((tally) => tally.month)).sort()
  const cells = new Map<string, StanceTally>()
  if (months.length === 0) return { unit: 'month', columns: [], cells }
  const fits = (unit: TimeUnit) => columnsBetween(months[0], months.at(-1)!, unit)
  let unit: TimeUnit = 'year'
  let columns = fits(unit)
  for (const finer of UNITS.slice(0, -1)) {
    const candidate = fits(finer)
    if (candidate.length * narrowest <= room) {
      ;[unit, columns] = [finer, candidate]
      break
    }
  }
  for (const line of lines)
    for (const tally of line.months) {
      const key = `${line.id}|${columnKey(tally.month, unit)}`
      cells.set(key, sum(cells.get(key), tally))
    }
  return { unit, columns, cells }
}
