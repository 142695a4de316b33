import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { StatementRow } from '../../../src-main/shared/contract'
import type { StanceCounts } from '../../../src-main/shared/statementQuery'
import { api } from '../../api'
import type { Sort } from './statementSort'
import { statementQuery } from '../../ui/filterQuery'
import type { StatementFilter } from './useStatementFilter'

/** Rows asked of the archive at a time, as the table scrolls to them. */
const STATEMENT_PAGE = 200
/** The most a query answers at once (the contract's limit): what "select all" can hold. */
const ALL = 100_000

interface Pages {
  /** The query these rows answer (a new one for each filter, sort or change to the archive). */
  generation: number
  total: number
  counts?: StanceCounts
  /** By their place in the sorted list; a page not loaded yet leaves holes. */
  rows: (StatementRow | undefined)[]
}

/**
 * The statements matching the filter, sorted by the archive, a page at a time as the table asks
 * for the rows it shows (`need`); how many match and how their stances divide come with the first.
 * Asked again after a pause in typing, and when the archive changes.
 */
export function useStatementPages(filter: StatementFilter, sort: Sort) {
  const [pages, setPages] = useState<Pages>({ generation: 0, total: 0, rows: [] })
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<string>()
  const [version, setVersion] = useState(0)
  const query = useMemo(
    () => ({
      ...statementQuery(filter),
      sort: sort.key,
      direction: sort.direction === 'ascending' ? ('asc' as const) : ('desc' as const),
    }),
    [filter, sort],
  )
  /** The query being asked and its number: pages of one query never join another's rows. */
  const asking = useRef({ generation: 0, query })
  const asked = useRef(new Set<number>())
  /** The rows the table showed last: asked for again first when the query changes. */
  const shown = useRef({ first: 0, last: 0 })

  useEffect(() => api.onChange(() => setVersion((v) => v + 1)), [])

  const ask = useCallback((page: number) => {
    const at = asking.current
    asked.current.add(page)
    api
      .exploreStatements({ ...at.query, offset: page * STATEMENT_PAGE, limit: STATEMENT_PAGE })
      .then((answer) => {
        if (at !== asking.current) return
        setPages((current) => {
          const rows = current.generation === at.generation ? [...current.rows] : []
          answer.rows.forEach((row, i) => (rows[page * STATEMENT_PAGE + i] = row))
          return {
            generation: at.generation,
            total: answer.total,
            counts: answer.counts.byStance,
            rows,
          }
        })
        setError(undefined)
        setLoading(false)
      })
      .catch((caught: Error) => {
        if (at !== asking.current) return
        asked.current.delete(page)
        setError(caught.message)
        setLoading(false)
      })
  }, [])

  /** Asks for the pages of rows `first` to `last` that have not been asked for yet. */
  const need = useCallback(
    (first: number, last: number) => {
      shown.current = { first, last }
      // Nothing is asked before the first query, which asks for these rows itself.
      if (asking.current.generation === 0) return
      for (let page = Math.floor(first / STATEMENT_PAGE); page * STATEMENT_PAGE <= last; page++)
        if (!asked.current.has(page)) ask(page)
    },
    [ask],
  )

  useEffect(() => {
    setLoading(true)
    const timer = setTimeout(() => {
      asking.current = { generation: asking.current.generation + 1, query }
      asked.current = new Set()
      ask(0)
      need(shown.current.first, shown.current.last)
    }, 120)
    return () => clearTimeout(timer)
  }, [ask, need, query, version])

  /** Every matching row (up to 100,000) at once, for "select all"; they stay loaded. */
  const loadAll = useCallback(async (): Promise<StatementRow[]> => {
    const at = asking.current
    const answer = await api.exploreStatements({ ...at.query, offset: 0, limit: ALL })
    if (at === asking.current) {
      for (let page = 0; page * STATEMENT_PAGE < answer.rows.length; page++) asked.current.add(page)
      setPages({
        generation: at.generation,
        total: answer.total,
        counts: answer.counts.byStance,
        rows: answer.rows,
      })
    }
    return answer.rows
  }, [])

  return {
    /** Which query the rows answer, for the table to ask again when it changes. */
    generation: pages.generation,
    total: pages.total,
    counts: pages.counts,
    rows: pages.rows,
    need,
    loadAll,
    loading,
    error,
  }
}
