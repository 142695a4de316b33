import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { StatementRow } from '../../../src-main/shared/contract'
import { messageOf } from '../../../src-main/shared/errors'
import { api } from '../../api'
import { useArchiveQuery } from '../../app/useArchiveQuery'
import type { Sort } from './statementSort'
import { statementQuery, type StatementFilter } from './useStatementFilter'

/** Rows asked of the archive at a time, as the table scrolls to them. */
const STATEMENT_PAGE = 200
/** The most a query answers at once (the contract's limit): what "select all" can hold. */
const ALL = 100_000

type Query = Parameters<typeof api.exploreStatements>[0]
type ExploredStatements = Awaited<ReturnType<typeof api.exploreStatements>>

/** The first page of a query, with the query: the pages after it are asked of the same. */
interface FirstPage {
  query: Query
  answer: ExploredStatements
}

/**
 * The statements matching the filter, sorted by the archive, a page at a time as the table asks
 * for the rows it shows (`need`); how many match and how their stances divide come with the first.
 * Asked again after a pause in typing, and when the archive changes.
 */
export function useStatementPages(filter: StatementFilter, sort: Sort) {
  const query = useMemo(
    (): Query => ({
      ...statementQuery(filter),
      sort: sort.key,
      direction: sort.direction === 'ascending' ? 'asc' : 'desc',
    }),
    [filter, sort],
  )
  const loadFirst = useCallback(
    async (): Promise<FirstPage> => ({
      query,
      answer: await api.exploreStatements({ ...query, offset: 0, limit: STATEMENT_PAGE }),
    }),
    [query],
  )
  const first = useArchiveQuery(loadFirst, { delay: 120 })
  /** The rows after the first page, of the first page they follow: never joined to another's. */
  const [later, setLater] = useState<{ of: FirstPage; rows: (StatementRow | undefined)[] }>()
  const [pageError, setPageError] = useState<string>()
  const shown = useRef(first.value)
  useLayoutEffect(() => {
    shown.current = first.value
  })
  const asked = useRef<{ of?: FirstPage; pages: Set<number> }>({ pages: new Set() })
  const askedOf = (of: FirstPage) => {
    if (asked.current.of !== of) asked.current = { of, pages: new Set([0]) }
    return asked.current.pages
  }

  const ask = useCallback((of: FirstPage, page: number) => {
    askedOf(of).add(page)
    api
      .exploreStatements({ ...of.query, offset: page * STATEMENT_PAGE, limit: STATEMENT_PAGE })
      .then((answer) => {
        if (of !== shown.current) return
        setLater((before) => {
          const rows = before?.of === of ? [...before.rows] : [...of.answer.rows]
          answer.rows.forEach((row, i) => (rows[page * STATEMENT_PAGE + i] = row))
          return { of, rows }
        })
        setPageError(undefined)
      })
      .catch((caught: unknown) => {
        if (of !== shown.current) return
        askedOf(of).delete(page)
        setPageError(messageOf(caught))
      })
  }, [])

  /** Asks for the pages of rows `firstRow` to `lastRow` that have not been asked for yet. */
  const need = useCallback(
    (firstRow: number, lastRow: number) => {
      const of = shown.current
      // Nothing is asked before the first page, which the table asks again from when it comes.
      if (!of) return
      const pages = askedOf(of)
      for (
        let page = Math.floor(firstRow / STATEMENT_PAGE);
        page * STATEMENT_PAGE <= lastRow;
        page++
      )
        if (!pages.has(page)) ask(of, page)
    },
    [ask],
  )

  /** Every matching row (up to 100,000) at once, for "select all"; they stay loaded. */
  const loadAll = useCallback(async (): Promise<StatementRow[]> => {
    const of = shown.current
    if (!of) return []
    const answer = await api.exploreStatements({ ...of.query, offset: 0, limit: ALL })
    if (of === shown.current) {
      const pages = askedOf(of)
      for (let page = 0; page * STATEMENT_PAGE < answer.rows.length; page++) pages.add(page)
      setLater({ of, rows: answer.rows })
    }
    return answer.rows
  }, [])

  const of = first.value
  return {
    /** Which answer the rows follow, for the table to ask again when it changes. */
    answered: of,
    total: of?.answer.total ?? 0,
    counts: of?.answer.counts.byStance,
    rows: of ? (later?.of === of ? later.rows : of.answer.rows) : [],
    need,
    loadAll,
    loading: first.loading,
    error: first.error ?? pageError,
  }
}
