import { useEffect, useState } from 'react'
import type { StatementRow } from '../../../src-main/shared/contract'
import { api } from '../../api'
import type { Sort } from './sortRows'
import { statementQuery } from './statementQuery'
import type { StatementFilter } from './useStatementFilter'

/** The statements matching the filter, sorted by the archive, refreshed when the archive changes. */
export function useStatementRows(filter: StatementFilter, sort?: Sort) {
  const [rows, setRows] = useState<StatementRow[]>([])
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<string>()
  const [version, setVersion] = useState(0)

  useEffect(() => api.onChange(() => setVersion((v) => v + 1)), [])

  useEffect(() => {
    let current = true
    setLoading(true)
    const timer = setTimeout(() => {
      api
        .exploreStatements({
          ...statementQuery(filter),
          sort: sort && (sort.key === 'quote' ? undefined : sort.key),
          direction: sort && (sort.direction === 'ascending' ? 'asc' : 'desc'),
          limit: 100_000,
        })
        .then((page) => {
          if (!current) return
          setRows(page.rows)
          setError(undefined)
        })
        .catch((caught: Error) => current && setError(caught.message))
        .finally(() => current && setLoading(false))
    }, 120)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [filter, sort, version])

  return { rows, loading, error }
}
