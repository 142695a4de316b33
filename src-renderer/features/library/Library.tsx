import { useEffect, useState } from 'react'
import type { ArticleSummary } from '../../../src-main/shared/model'
import { api } from '../../api'

interface LibraryProps {
  selectedId?: string
  onOpen: (id: string) => void
  onImport: () => void
}

/** Every article in the archive, newest first, filtered by title as the analyst types. */
export function Library({ selectedId, onOpen, onImport }: LibraryProps) {
  const [articles, setArticles] = useState<ArticleSummary[]>([])
  const [total, setTotal] = useState(0)
  const [filter, setFilter] = useState('')

  useEffect(() => {
    const refresh = () =>
      api.listArticles({ text: filter || undefined, limit: 500 }).then((page) => {
        setArticles(page.items)
        setTotal(page.total)
      })
    void refresh()
    return api.onChange(() => void refresh())
  }, [filter])

  return (
    <nav className="library" aria-label="Library">
      <div className="library-head">
        <h1 className="app-name">Stancemark</h1>
        <button
          type="button"
          className="primary"
          onClick={onImport}
          title="Import an article (Ctrl+I)"
        >
          Import article
        </button>
        <input
          type="search"
          aria-label="Filter articles by title"
          placeholder="Filter by title"
          value={filter}
          onChange={(e) => setFilter(e.currentTarget.value)}
        />
        <p className="library-count">
          {total} {total === 1 ? 'article' : 'articles'}
        </p>
      </div>
      <ul className="library-list">
        {articles.map((article) => (
          <li key={article.id}>
            <button
              type="button"
              className={`library-item${article.id === selectedId ? ' is-selected' : ''}`}
              aria-current={article.id === selectedId ? 'page' : undefined}
              onClick={() => onOpen(article.id)}
            >
              <span className="library-title">{article.title}</span>
              <span className="library-meta">
                {[article.source, article.published].filter(Boolean).join(' · ')}
                <span className="count" title="Statements">
                  {article.statementCount}
                </span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  )
}
