import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef, useState } from 'react'
import type { StatementRow } from '../../../src-main/shared/contract'
import { go, routeHash } from '../../app/routes'
import { stanceLabel } from './stances'
import { BulkEditBar } from './BulkEditBar'
import { ExportStatementsMenu } from '../export/ExportStatementsMenu'
import { FilterBar } from './FilterBar'
import type { Sort, SortKey } from './statementSort'
import type { StatementFilterState } from './useStatementFilter'
import { useStatementPages } from './useStatementPages'
import { counted } from '../../ui/counted'
import { SampleBadge } from '../articles/sample/SampleBadge'
import { FormError } from '../../ui/FormError'

const COLUMNS: { key: SortKey; label: string; className?: string }[] = [
  { key: 'quote', label: 'Quote', className: 'quote-col' },
  { key: 'speaker', label: 'Speaker', className: 'speaker-col' },
  { key: 'position', label: 'Position', className: 'position-col' },
  { key: 'stance', label: 'Stance', className: 'stance-col' },
  { key: 'article', label: 'Article' },
  { key: 'published', label: 'Date', className: 'date-col' },
]
const ROW_HEIGHT = 52
const rowKey = (row: StatementRow) => `${row.articleId}/${row.statementId}`

/** Every statement in the archive in one table: filter, sort, open one, edit many. */
export function ExplorerView({ filter }: { filter: StatementFilterState }) {
  const [sort, setSort] = useState<Sort>({ key: 'published', direction: 'descending' })
  const { answered, total, counts, rows, need, loadAll, loading, error } = useStatementPages(
    filter.filter,
    sort,
  )
  const [selected, setSelected] = useState<Set<string>>(new Set())
  const [message, setMessage] = useState<string>()
  const [selectingAll, setSelectingAll] = useState(false)
  const scroller = useRef<HTMLDivElement>(null)
  const virtual = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  })
  const items = virtual.getVirtualItems()
  const padTop = items[0]?.start ?? 0
  const padBottom = virtual.getTotalSize() - (items[items.length - 1]?.end ?? 0)
  const first = items[0]?.index ?? 0
  const last = items[items.length - 1]?.index ?? 0
  // The rows on screen, asked for a page at a time (again for each new query).
  useEffect(() => need(first, last), [need, first, last, answered])
  const selectedRows = rows.filter((row) => row && selected.has(rowKey(row))) as StatementRow[]

  const toggle = (key: string) =>
    setSelected((current) => {
      const next = new Set(current)
      if (next.has(key)) next.delete(key)
      else next.add(key)
      return next
    })

  return (
    <main className="explorer" aria-label="Statement explorer">
      <h1 className="visually-hidden">Statements</h1>
      <FilterBar state={filter} />
      <div className="explorer-head">
        <p className="explorer-counts" role="status">
          {loading ? 'Looking…' : counted(total, 'statement', 'statements')}
          {!loading &&
            counts &&
            ` · ${counts.supports.toLocaleString()} supports · ${counts.opposes.toLocaleString()} opposes · ${counts.neutral.toLocaleString()} neutral · ${counts.none.toLocaleString()} without stance`}
        </p>
        <ExportStatementsMenu filter={filter.filter} onDone={setMessage} />
      </div>
      <FormError message={error} />
      {selectedRows.length > 0 && (
        <BulkEditBar
          selected={selectedRows}
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
                  checked={selectingAll || (total > 0 && selectedRows.length === total)}
                  onChange={(e) => {
                    if (!e.currentTarget.checked) return setSelected(new Set())
                    const loaded = rows.filter(Boolean) as StatementRow[]
                    if (loaded.length === total) return setSelected(new Set(loaded.map(rowKey)))
                    // The rows not loaded yet come first (up to 100,000 at once).
                    setSelectingAll(true)
                    void loadAll()
                      .then((all) => setSelected(new Set(all.map(rowKey))))
                      .catch((caught: Error) => setMessage(caught.message))
                      .finally(() => setSelectingAll(false))
                  }}
                />
              </th>
              {COLUMNS.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  className={column.className}
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
              <th scope="col" className="tags-col">
                Tags
              </th>
            </tr>
          </thead>
          <tbody>
            {padTop > 0 && <tr aria-hidden style={{ height: padTop }} />}
            {items.map((item) => {
              const row = rows[item.index]
              if (!row)
                return (
                  <tr
                    key={`row-${item.index}`}
                    className="is-pending"
                    style={{ height: ROW_HEIGHT }}
                  >
                    <td colSpan={COLUMNS.length + 3} />
                  </tr>
                )
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
                      className="cell-lines"
                      onClick={(e) => e.stopPropagation()}
                    >
                      {row.quote}
                    </a>
                  </td>
                  <td title={row.speaker?.name}>
                    <span className="cell-lines">{row.speaker?.name ?? '—'}</span>
                  </td>
                  <td title={row.position?.label}>
                    <span className="cell-lines">{row.position?.label ?? '—'}</span>
                  </td>
                  <td>
                    <span className={`stance-badge stance-${row.stance ?? 'none'}`}>
                      {stanceLabel(row.stance)}
                    </span>
                  </td>
                  <td className="article-cell" title={row.title}>
                    <span className="cell-lines">
                      {row.sample && <SampleBadge />}
                      {row.title}
                    </span>
                  </td>
                  <td className="date-cell">{row.published || '—'}</td>
                  <td className="reported-cell">
                    {(row.cue || row.mode) && (
                      <span className="reported-chip" title="Reporting cue · mode">
                        {[row.cue, row.mode].filter(Boolean).join(' · ')}
                      </span>
                    )}
                  </td>
                  <td className="tags-cell" title={row.tags.join(', ')}>
                    {row.tags.length > 0 && (
                      <ul className="tag-list" aria-label="Tags">
                        {row.tags.map((tag) => (
                          <li key={tag} className="tag-chip">
                            {tag}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              )
            })}
            {padBottom > 0 && <tr aria-hidden style={{ height: padBottom }} />}
          </tbody>
        </table>
        {!loading && total === 0 && (
          <p className="empty-hint">No statements match these filters.</p>
        )}
      </div>
    </main>
  )
}
