import { useCallback, useEffect, useState } from 'react'
import type { Notice } from '../src-main/shared/contract'
import { api } from './api'
import { ArticleView } from './features/article/ArticleView'
import { exportMarkdown } from './features/article/exportMarkdown'
import { ImportDialog } from './features/import/ImportDialog'
import { Library } from './features/library/Library'
import { useRegistry } from './features/statements/useRegistry'

const articleFromHash = () => /^#\/article\/([\w-]+)$/.exec(location.hash)?.[1]

export function App() {
  const [articleId, setArticleId] = useState<string | undefined>(articleFromHash)
  const [importing, setImporting] = useState<{ file?: File }>()
  const [notices, setNotices] = useState<Notice[]>([])
  const [startError, setStartError] = useState<string>()
  const registry = useRegistry()

  const open = useCallback((id: string) => {
    location.hash = `#/article/${id}`
    setArticleId(id)
  }, [])

  useEffect(() => {
    api
      .getArchiveInfo()
      .then((info) => setNotices(info.notices))
      .catch((error: Error) => setStartError(error.message))
    if (!articleFromHash()) {
      void api.listArticles({ limit: 1 }).then((page) => page.items[0] && open(page.items[0].id))
    }
    const onHash = () => setArticleId(articleFromHash())
    window.addEventListener('hashchange', onHash)
    return () => window.removeEventListener('hashchange', onHash)
  }, [open])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'i') {
        event.preventDefault()
        setImporting({})
      }
    }
    const onDrop = (event: DragEvent) => {
      event.preventDefault()
      const file = event.dataTransfer?.files[0]
      if (file) setImporting({ file })
    }
    const onDragOver = (event: DragEvent) => event.preventDefault()
    window.addEventListener('keydown', onKey)
    window.addEventListener('drop', onDrop)
    window.addEventListener('dragover', onDragOver)
    const stopMenu = api.onMenuCommand((command) => {
      if (command === 'import') setImporting({})
      if (command === 'export-markdown' && articleId) void exportMarkdown(articleId)
    })
    return () => {
      window.removeEventListener('keydown', onKey)
      window.removeEventListener('drop', onDrop)
      window.removeEventListener('dragover', onDragOver)
      stopMenu()
    }
  }, [articleId])

  return (
    <div className="app">
      <Library selectedId={articleId} onOpen={open} onImport={() => setImporting({})} />
      <main className="main">
        {startError && (
          <div className="banner banner-error" role="alert">
            {startError}
          </div>
        )}
        {notices.map((notice) => (
          <div key={notice.id} className="banner" role="alert">
            {notice.message}
            <button
              type="button"
              onClick={() => setNotices((all) => all.filter((n) => n !== notice))}
            >
              Dismiss
            </button>
          </div>
        ))}
        {articleId ? (
          <ArticleView key={articleId} articleId={articleId} registry={registry} />
        ) : (
          <p className="empty-hint">
            Import an article to start: paste its text or drop a .txt, .md or .html file here.
          </p>
        )}
      </main>
      {importing && (
        <ImportDialog
          droppedFile={importing.file}
          onClose={() => setImporting(undefined)}
          onImported={(id) => {
            setImporting(undefined)
            open(id)
          }}
        />
      )}
    </div>
  )
}
