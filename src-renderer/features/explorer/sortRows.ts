import type { StatementRow } from '../../../src-main/shared/contract'

export type SortKey = 'quote' | 'speaker' | 'position' | 'stance' | 'article' | 'published'
export interface Sort {
  key: SortKey
  direction: 'ascending' | 'descending'
}

const value: Record<SortKey, (row: StatementRow) => string> = {
  quote: (row) => row.quote,
  speaker: (row) => row.speaker?.name ?? '',
  position: (row) => row.position?.label ?? '',
  stance: (row) => row.stance ?? '',
  article: (row) => row.title,
  published: (row) => row.published,
}

/** Rows in the order of a column; empty values last whichever the direction. */
export function sortRows(rows: StatementRow[], sort: Sort): StatementRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1
  const read = value[sort.key]
  return [...rows].sort((a, b) => {
    const x = read(a)
    const y = read(b)
    if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1
    return sign * x.localeCompare(y) || a.start - b.start
  })
}
