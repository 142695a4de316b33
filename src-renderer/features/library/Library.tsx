import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef, useState } from 'react'
import { useArchiveStatus } from '../../app/archiveStatus'
import { useRegistry } from '../registry/RegistryProvider'
import { SampleBadge } from '../articles/sample/SampleBadge'
import { useUnsavedArticleIds } from '../articles/unsavedArticles'
import { Highlighted } from './Highlighted'
import { LibraryFilters } from './LibraryFilters'
import { EMPTY_LIBRARY_FILTER, useLibrary, type LibraryFilter } from './useLibrary'
import { counted } from '../../ui/counted'
import { go } from '../../app/routes'
import { CodingBadge } from '../coders/CodingBadge'
import { CodeIndependentlyDialog } from '../coders/CodeIndependentlyDialog'
import { codingState } from '../coders/codingState'

interface LibraryProps {
  selectedId?: string
  /** Opens an article; from a search hit, with the words searched for, to mark in it. */
  onOpen: (id: string, searched?: string) => void
  onImport: () => void
}

/** Says that an article has changes the disk refused, still open in this window to save again. */
function ConflictsBadge({ count }: { count: number }) {
  return (
    <span className="conflicts-badge" title="Open it to settle what syncing left">
      {counted(count, 'conflict', 'conflicts')}
    </span>
  )
}

function NotSavedBadge() {
  return (
    <span
      className="not-saved-badge"
      title="Its last changes could not be saved; open it to save them again"
    >
      Not saved
    </span>
  )
}

/** Every article in the archive: sorted, filtered, searched as the analyst types; smooth at thousands. */
export function Library({ selectedId, onOpen, onImport }: LibraryProps) {
  const registry = useRegistry()
  const { readOnly } = useArchiveStatus()
  const [filter, setFilter] = useState<LibraryFilter>(EMPTY_LIBRARY_FILTER)
  const { articles, hits, hitTotal, total, loadMore, loadMoreHits } = useLibrary(filter)
  const scroller = useRef<HTMLDivElement>(null)
  const count = hits ? hits.length : articles.length
  const virtual = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => (hits ? 104 : 72),
    overscan: 10,
  })
  const items = virtual.getVirtualItems()
  const lastShown = items[items.length - 1]?.index ?? 0
  const speakerName = new Map(registry.speakers.map((s) => [s.id, s.name]))
  const unsaved = useUnsavedArticleIds()
  /** Articles ticked to give to coders, and whether the dialog for it is open. */
  const [chosen, setChosen] = useState<Set<string>>(new Set())
  const [assigning, setAssigning] = useState(false)
  const [message, setMessage] = useState<string>()
  const toggle = (id: string) =>
    setChosen((current) => {
      const next = new Set(current)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })

  useEffect(() => {
    if (hits) {
      if (lastShown > hits.length - 15) void loadMoreHits()
    } else if (lastShown > articles.length - 30) void loadMore()
  }, [hits, lastShown, articles.length, loadMore, loadMoreHits])

  return (
    <nav className="library" aria-label="Library">
      <div className="library-head">
        <button
          type="button"
          className="primary"
          onClick={onImport}
          disabled={readOnly}
          title={readOnly ? 'The archive is read-only here' : 'Import an article (Ctrl+I)'}
        >
          Import article
        </button>
        <input
          type="search"
          aria-label="Search articles"
          placeholder="Search titles, text and notes"
          value={filter.text}
          onChange={(e) => setFilter({ ...filter, text: e.currentTarget.value })}
        />
        <LibraryFilters filter={filter} onChange={(patch) => setFilter({ ...filter, ...patch })} />
        <p className="library-count" role="status">
          {hits ? counted(hitTotal, 'match', 'matches') : counted(total, 'article', 'articles')}
        </p>
        {chosen.size > 0 && (
          <div className="library-chosen" role="group" aria-label="Chosen articles">
            <span>{counted(chosen.size, 'article', 'articles')} chosen</span>
            <button type="button" disabled={readOnly} onClick={() => setAssigning(true)}>
              Code independently…
            </button>
            <button type="button" onClick={() => setChosen(new Set())}>
              Clear
            </button>
          </div>
        )}
        {message && (
          <p className="hint" role="status">
            {message}
          </p>
        )}
      </div>
      {assigning && (
        <CodeIndependentlyDialog
          articleIds={[...chosen]}
          onClose={() => setAssigning(false)}
          onAssigned={(text) => {
            setMessage(text)
            setChosen(new Set())
          }}
        />
      )}
      <div className="library-list" ref={scroller}>
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          <ul
            className="library-window"
            style={{ transform: `translateY(${items[0]?.start ?? 0}px)` }}
          >
            {items.map((item) => {
              if (hits) {
                const hit = hits[item.index]
                return (
                  <li key={hit.articleId} data-index={item.index} ref={virtual.measureElement}>
                    <button
                      type="button"
                      className={`library-item${hit.articleId === selectedId ? ' is-selected' : ''}`}
                      onClick={() => onOpen(hit.articleId, filter.text)}
                    >
                      <span className="library-title">
                        <Highlighted text={hit.title} ranges={hit.titleHighlights} />
                        {hit.sample && <SampleBadge />}
                        {unsaved.has(hit.articleId) && <NotSavedBadge />}
                      </span>
                      <span className="library-snippet">
                        {hit.field === 'notes' && <em>Notes: </em>}
                        <Highlighted text={hit.snippet} ranges={hit.highlights} />
                      </span>
                      <span className="library-meta">
                        {[hit.source, hit.published].filter(Boolean).join(' · ')}
                      </span>
                    </button>
                  </li>
                )
              }
              const article = articles[item.index]
              const speakers = article.speakerIds.map((id) => speakerName.get(id)).filter(Boolean)
              const ready = codingState(article.coding, registry.coder?.id)?.stage === 'ready'
              return (
                <li
                  key={article.id}
                  data-index={item.index}
                  ref={virtual.measureElement}
                  className="library-row"
                >
                  <input
                    type="checkbox"
                    className="library-choose"
                    aria-label={`Choose “${article.title}”`}
                    checked={chosen.has(article.id)}
                    onChange={() => toggle(article.id)}
                  />
                  <button
                    type="button"
                    className={`library-item${article.id === selectedId ? ' is-selected' : ''}`}
                    aria-current={article.id === selectedId ? 'page' : undefined}
                    onClick={() =>
                      // Every coder is done: the article opens where their work is compared.
                      ready
                        ? go({ view: 'articles', articleId: article.id, compare: true })
                        : onOpen(article.id)
                    }
                  >
                    <span className="library-title">
                      {article.title}
                      {article.sample && <SampleBadge />}
                      {unsaved.has(article.id) && <NotSavedBadge />}
                      {article.conflicts && <ConflictsBadge count={article.conflicts} />}
                    </span>
                    <CodingBadge coding={article.coding} />
                    <span className="library-meta">
                      {[article.source, article.published].filter(Boolean).join(' · ')}
                      <span className="count" title="Statements">
                        {article.statementCount}
                      </span>
                    </span>
                    {speakers.length > 0 && (
                      <span className="library-speakers">
                        {speakers.slice(0, 3).join(', ')}
                        {speakers.length > 3 && ` +${speakers.length - 3}`}
                      </span>
                    )}
                  </button>
                </li>
              )
            })}
          </ul>
        </div>
      </div>
    </nav>
  )
}
