import { useEffect, useState } from 'react'
import type { StatementRow } from '../../../src-main/shared/contract'
import { api } from '../../api'

/** Every statement of the archive, kept fresh; the registry views count and group them. */
export function useAllStatements(): StatementRow[] {
  const [rows, setRows] = useState<StatementRow[]>([])
  useEffect(() => {
    const load = () => void api.queryStatements({ limit: 100_000 }).then(setRows)
    load()
    return api.onChange(load)
  }, [])
  return rows
}

export function countBy(
  rows: StatementRow[],
  key: (row: StatementRow) => string | undefined,
): Map<string, number> {
  const counts = new Map<string, number>()
  for (const row of rows) {
    const id = key(row)
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1)
  }
  return counts
}
