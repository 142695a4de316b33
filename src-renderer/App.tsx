import { useCallback, useEffect, useRef, useState } from 'react'
import type { Notice, SampleRemoval } from '../src-main/shared/contract'
import { api } from './api'
import { AppBar } from './app/AppBar'
import { ArchiveStatusContext, type ArchiveStatus } from './app/archiveStatus'
import { BackupsDialog } from './features/backups/BackupsDialog'
import { ExportDialog } from './features/vault/ExportDialog'
import { ArticleView } from './features/articles/ArticleView'
import { exportMarkdown } from './features/export/exportMarkdown'
import { CodebookView } from './features/registry/codebook/CodebookView'
import { ExplorerView } from './features/statements/ExplorerView'
import { useStatementFilter } from './features/statements/useStatementFilter'
import { AnalysisView } from './features/analysis/AnalysisView'
import { ImportDialog } from './features/import/ImportDialog'
import { droppedFiles, type ChosenFile } from './features/import/chosenFiles'
import { Library } from './features/library/Library'
import { SampleOffer } from './features/articles/sample/SampleOffer'
import { SampleRemovedNote } from './features/articles/sample/SampleRemovedNote'
import { SampleRemovedContext, removalMessage } from './features/articles/sample/sampleRemoved'
import { useSampleOffer } from './features/articles/sample/useSampleOffer'
import { SpeakersView } from './features/registry/speakers/SpeakersView'
import { SkipLinks } from './app/SkipLinks'
import { RegistryProvider } from './features/registry/RegistryProvider'
import { go, parseRoute, type Route } from './app/routes'
import { SettingsView } from './features/coders/SettingsView'
import { AgreementView } from './features/agreement/AgreementView'
import { CompareView } from './features/compare/CompareView'
import { ConflictsView } from './features/conflicts/ConflictsView'

export function App() {
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash))
  const [lastArticleId, setLastArticleId] = useState<string>()
  const [importing, setImporting] = useState<{ files?: ChosenFile[] }>()
  const [focusTextOf, setFocusTextOf] = useState<string>()
  const [notices, setNotices] = useState<Notice[]>([])
  const [startError, setStartError] = useState<string>()
  const [status, setStatus] = useState<ArchiveStatus>({ readOnly: false })
  const [showBackups, setShowBackups] = useState(false)
  const [showExport, setShowExport] = useState(false)
  /** The search the open article was opened from (a hit): its words are marked in it. */
  const [found, setFound] = useState<{ articleId: string; searched: string }>()
  const sampleOffer = useSampleOffer()
  /** What removing the sample took away, until dismissed; `focus` once the keyboard goes there. */
  const [sampleRemoved, setSampleRemoved] = useState<{ message: string; focus: boolean }>()
  /** The sample was open when removed: the keyboard goes on in the article shown instead. */
  const focusNextText = useRef(false)
  const filter = useStatementFilter()
  const articleId = route.view === 'articles' ? route.articleId : undefined
  const clearFocusText = useCallback(() => setFocusTextOf(undefined), [])

  useEffect(() => {
    const onHash = () => setRoute(parseRoute(location.hash))
    window.addEventListener('hashchange', onHash)
    api
      .getArchiveInfo()
      .then((info) => {
        setNotices(info.notices)
        setStatus({ readOnly: info.readOnly, readOnlyMessage: info.lockedBy?.message })
      })
      .catch((error: Error) => setStartError(error.message))
    return () => window.removeEventListener('hashchange', onHash)
  }, [])

  // The articles view always shows an article: the last one open, or the newest.
  useEffect(() => {
    if (route.view !== 'articles') return
    if (route.articleId) return setLastArticleId(route.articleId)
    if (lastArticleId) return go({ view: 'articles', articleId: lastArticleId })
    void api.listArticles({ limit: 1 }).then((page) => {
      // Only if the analyst has not gone elsewhere meanwhile.
      const still = parseRoute(location.hash)
      if (still.view !== 'articles' || still.articleId) return
      const next = page.items[0]
      if (focusNextText.current) {
        focusNextText.current = false
        if (next) setFocusTextOf(next.id)
        else setSampleRemoved((removed) => removed && { ...removed, focus: true })
      }
      if (next) go({ view: 'articles', articleId: next.id })
    })
  }, [route, lastArticleId])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'i') {
        event.preventDefault()
        setImporting({})
      }
    }
    const onDrop = (event: DragEvent) => {
      event.preventDefault()
      if (!event.dataTransfer) return
      void droppedFiles(event.dataTransfer).then((files) => {
        if (files.length > 0) setImporting({ files })
      })
    }
    const onDragOver = (event: DragEvent) => event.preventDefault()
    window.addEventListener('keydown', onKey)
    window.addEventListener('drop', onDrop)
    window.addEventListener('dragover', onDragOver)
    const stopMenu = api.onMenuCommand((command) => {
      if (command === 'import') setImporting({})
      if (command === 'export-markdown' && articleId) void exportMarkdown(articleId)
      if (command === 'backups') setShowBackups(true)
    })
    return () => {
      window.removeEventListener('keydown', onKey)
      window.removeEventListener('drop', onDrop)
      window.removeEventListener('dragover', onDragOver)
      stopMenu()
    }
  }, [articleId])

  /** Leaves the import dialog for an article, its text taking the keyboard. */
  const openImported = (id: string) => {
    setImporting(undefined)
    setFocusTextOf(id)
    go({ view: 'articles', articleId: id })
  }

  const onSampleRemoved = (removal: SampleRemoval) => {
    sampleOffer.dismiss()
    // The button pressed is gone: the keyboard goes on in the article's text where one is shown,
    // else to the line saying what went.
    const sampleOpen = articleId !== undefined && removal.articleIds.includes(articleId)
    setSampleRemoved({ message: removalMessage(removal), focus: !articleId })
    if (articleId && !sampleOpen) setFocusTextOf(articleId)
    focusNextText.current = sampleOpen
    // The articles view shows the last article open: not the sample, now in the trash.
    if (lastArticleId && removal.articleIds.includes(lastArticleId)) {
      setLastArticleId(undefined)
      if (route.view === 'articles') {
        go({ view: 'articles' })
        // Now, not at the hashchange: a route still naming the sample would make it the last one again.
        setRoute({ view: 'articles' })
      }
    }
  }

  return (
    <ArchiveStatusContext.Provider value={status}>
      <SampleRemovedContext.Provider value={onSampleRemoved}>
        <RegistryProvider>
          <div className="app">
            <SkipLinks
              links={
                articleId && !(route.view === 'articles' && route.compare)
                  ? [
                      { label: 'Skip to article text', to: 'article-text' },
                      { label: 'Skip to statement list', to: 'statements-panel' },
                    ]
                  : []
              }
            />
            <AppBar
              route={route}
              articleId={lastArticleId}
              readOnly={status.readOnly}
              onBackups={() => setShowBackups(true)}
              onExport={() => setShowExport(true)}
            />
            <div className="banners">
              {status.readOnly && (
                <div className="banner banner-readonly" role="status" aria-label="Read-only">
                  {status.readOnlyMessage ??
                    'This archive is open in another Stancemark; it is read-only here.'}
                </div>
              )}
              {startError && (
                <div className="banner banner-error" role="alert">
                  {startError}
                </div>
              )}
              {sampleOffer.offer && (
                <SampleOffer sample={sampleOffer.offer} onKeep={sampleOffer.dismiss} />
              )}
              {sampleRemoved && (
                <SampleRemovedNote
                  message={sampleRemoved.message}
                  focus={sampleRemoved.focus}
                  onDismiss={() => setSampleRemoved(undefined)}
                />
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
            </div>
            {route.view === 'articles' && route.compare && articleId && (
              <CompareView key={articleId} articleId={articleId} />
            )}
            {route.view === 'articles' && !route.compare && (
              <div className="articles-view">
                <Library
                  selectedId={articleId}
                  onOpen={(id, searched) => {
                    setFound(searched ? { articleId: id, searched } : undefined)
                    go({ view: 'articles', articleId: id })
                  }}
                  onImport={() => setImporting({})}
                />
                <main className="main">
                  {articleId ? (
                    <ArticleView
                      key={articleId}
                      articleId={articleId}
                      focusStatementId={route.statementId}
                      searched={found?.articleId === articleId ? found : undefined}
                      focusText={focusTextOf === articleId}
                      onTextFocused={clearFocusText}
                    />
                  ) : (
                    <>
                      <h1 className="visually-hidden">Articles</h1>
                      <p className="empty-hint">
                        Import an article to start: paste its text or drop .txt, .md, .html, .docx
                        or .pdf files here.
                      </p>
                    </>
                  )}
                </main>
              </div>
            )}
            {route.view === 'statements' && <ExplorerView filter={filter} />}
            {route.view === 'speakers' && <SpeakersView speakerId={route.speakerId} />}
            {route.view === 'codebook' && <CodebookView />}
            {route.view === 'analysis' && <AnalysisView filter={filter} />}
            {route.view === 'agreement' && <AgreementView />}
            {route.view === 'settings' && <SettingsView />}
            {route.view === 'conflicts' && <ConflictsView />}
            {importing && (
              <ImportDialog
                droppedFiles={importing.files}
                onClose={() => setImporting(undefined)}
                onImported={(id) => {
                  openImported(id)
                  void sampleOffer.imported(1)
                }}
                onOpen={openImported}
              />
            )}
            {showBackups && <BackupsDialog onClose={() => setShowBackups(false)} />}
            {showExport && <ExportDialog onClose={() => setShowExport(false)} />}
          </div>
        </RegistryProvider>
      </SampleRemovedContext.Provider>
    </ArchiveStatusContext.Provider>
  )
}
