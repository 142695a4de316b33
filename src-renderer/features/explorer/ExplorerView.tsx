import { useVirtualizer } from '@tanstack/react-virtual'
import { useMemo, useRef, useState } from 'react'
import type { StatementRow } from '../../../src-main/shared/contract'
import { go, routeHash } from '../../routes'
import { stanceLabel } from '../statements/stances'
import type { Registry } from '../statements/useRegistry'
import { BulkEditBar } from './BulkEditBar'
import { ExportStatementsMenu } from './ExportStatementsMenu'
import { FilterBar } from './FilterBar'
import { sortRows, type Sort, type SortKey } from './sortRows'
import type { StatementFilterState } from './useStatementFilter'
import { useStatementRows } from './useStatementRows'
import { counted } from '../../counted'

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'quote', label: 'Quote' },
  { key: 'speaker', label: 'Speaker' },
  { key: 'position', label: 'Position' },
  { key: 'stance', label: 'Stance' },
  { key: 'article', label: 'Article' },
  { key: 'published', label: 'Date' },
]
const ROW_HEIGHT = 52
const rowKey = (row: StatementRow) => `${row.articleId}/${row.statementId}`

/** Every statement in the archive in one table: filter, sort, open one, edit many. */
export function ExplorerView({
  filter,
  registry,
}: {
  filter: StatementFilterState
  registry: Registry
}) {
  const [sort, setSort] = useState<Sort>({ key: 'published', direction: 'descending' })
  const { rows, loading, error } = useStatementRows(filter.filter, sort)
  const [selected, setSelected] = useState<Set<string>>(new Set())
  const [message, setMessage] = useState<string>()
  // The archive sorts every column but the quote, which is sorted here.
  const sorted = useMemo(() => (sort.key === 'quote' ? sortRows(rows, sort) : rows), [rows, sort])
  const scroller = useRef<HTMLDivElement>(null)
  const virtual = useVirtualizer({
    count: sorted.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  })
  const items = virtual.getVirtualItems()
  const padTop = items[0]?.start ?? 0
  const padBottom = virtual.getTotalSize() - (items[items.length - 1]?.end ?? 0)
  const selectedRows = sorted.filter((row) => selected.has(rowKey(row)))
  const counts = { supports: 0, opposes: 0, neutral: 0, none: 0 }
  for (const row of rows) counts[row.stance ?? 'none']++

  const toggle = (key: string) =>
    setSelected((current) => {
      const next = new Set(current)
      if (next.has(key)) next.delete(key)
      else next.add(key)
      return next
    })

  return (
    <main className="explorer" aria-label="Statement explorer">
      <FilterBar state={filter} registry={registry} />
      <div className="explorer-head">
        <p className="explorer-counts" role="status">
          {loading ? 'Looking…' : counted(rows.length, 'statement', 'statements')}
          {!loading &&
            ` · ${counts.supports.toLocaleString()} supports · ${counts.opposes.toLocaleString()} opposes · ${counts.neutral.toLocaleString()} neutral · ${counts.none.toLocaleString()} without stance`}
        </p>
        <ExportStatementsMenu filter={filter.filter} onDone={setMessage} />
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {selectedRows.length > 0 && (
        <BulkEditBar
          selected={selectedRows}
          registry={registry}
          onDone={(text, edited) => {
            setMessage(text)
            // Statements chosen while the edit was being saved stay chosen for the next one.
            const done = new Set(edited.map(rowKey))
            setSelected((current) => new Set([...current].filter((key) => !done.has(key))))
          }}
        />
      )}
      {message && (
        <p className="hint" role="status">
          {message}
        </p>
      )}
      <div className="table-scroll" ref={scroller}>
        <table className="statement-table">
          <thead>
            <tr>
              <th scope="col" className="select-col">
                <input
                  type="checkbox"
                  aria-label="Select all shown statements"
                  checked={sorted.length > 0 && selectedRows.length === sorted.length}
                  onChange={(e) =>
                    setSelected(e.currentTarget.checked ? new Set(sorted.map(rowKey)) : new Set())
                  }
                />
              </th>
              {COLUMNS.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={sort.key === column.key ? sort.direction : 'none'}
                >
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() =>
                      setSort({
                        key: column.key,
                        direction:
                          sort.key === column.key && sort.direction === 'ascending'
                            ? 'descending'
                            : 'ascending',
                      })
                    }
                  >
                    {column.label}
                  </button>
                </th>
              ))}
              <th scope="col" className="reported-col">
                Reported
              </th>
            </tr>
          </thead>
          <tbody>
            {padTop > 0 && <tr aria-hidden style={{ height: padTop }} />}
            {items.map((item) => {
              const row = sorted[item.index]
              const key = rowKey(row)
              return (
                <tr
                  key={key}
                  className={selected.has(key) ? 'is-selected' : undefined}
                  style={{ height: ROW_HEIGHT }}
                  onClick={() =>
                    go({ view: 'articles', articleId: row.articleId, statementId: row.statementId })
                  }
                >
                  <td className="select-col" onClick={(e) => e.stopPropagation()}>
                    <input
                      type="checkbox"
                      aria-label={`Select “${row.quote.slice(0, 40)}”`}
                      checked={selected.has(key)}
                      onChange={() => toggle(key)}
                    />
                  </td>
                  <td className="quote-cell" title={row.quote}>
                    <a
                      href={routeHash({
                        view: 'articles',
                        articleId: row.articleId,
                        statementId: row.statementId,
                      })}
                      onClick={(e) => e.stopPropagation()}
                    >
                      {row.quote}
                    </a>
                  </td>
                  <td>{row.speaker?.name ?? '—'}</td>
                  <td>{row.position?.label ?? '—'}</td>
                  <td>
                    <span className={`stance-badge stance-${row.stance ?? 'none'}`}>
                      {stanceLabel(row.stance)}
                    </span>
                  </td>
                  <td className="article-cell" title={row.title}>
                    {row.title}
                  </td>
                  <td className="date-cell">{row.published || '—'}</td>
                  <td className="reported-cell">
                    {(row.cue || row.mode) && (
                      <span className="reported-chip" title="Reporting cue · mode">
                        {[row.cue, row.mode].filter(Boolean).join(' · ')}
                      </span>
                    )}
                  </td>
                </tr>
              )
            })}
            {padBottom > 0 && <tr aria-hidden style={{ height: padBottom }} />}
          </tbody>
        </table>
        {!loading && rows.length === 0 && (
          <p className="empty-hint">No statements match these filters.</p>
        )}
      </div>
    </main>
  )
}
