import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { Article, ArticleMeta, Statement } from '../../../src-main/shared/model'
import { api, StancemarkError } from '../../api'
import { contentNow, type EditorContent } from './editorContent'
import { unsavedArticles, type ArticlePart } from './unsavedArticles'
import { messageOf } from '../../../src-main/shared/errors'

const SAVE_DELAY_MS = 600

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'failed'

/**
 * One open article: the local copy the analyst edits, saved by itself (debounced) with the revision
 * it was made on. A stale save is refused by the archive; then the newest version is loaded. What
 * the disk refuses is kept for the window (unsavedArticles), shown again when the article is.
 */
export function useArticleSession(articleId: string, content: EditorContent) {
  const [article, setArticle] = useState<Article>()
  const [loadError, setLoadError] = useState<string>()
  const [statements, setStatements] = useState<Record<string, Statement>>({})
  const [meta, setMetaState] = useState<ArticleMeta>()
  const [saveState, setSaveState] = useState<SaveState>('saved')
  const [saveError, setSaveError] = useState<string>()
  const [notice, setNotice] = useState<string>()
  /** Why the article cannot be changed for a moment (the archive is changing it), while it is so. */
  const [heldBy, setHeldBy] = useState<string>()
  /** Increments when a new version is loaded, so the editors take its content. */
  const [loadCount, setLoadCount] = useState(0)

  const revision = useRef(0)
  /** Whether a version is shown yet: before, a change elsewhere is in the one being loaded. */
  const loaded = useRef(false)
  const statementsRef = useRef(statements)
  const metaRef = useRef(meta)
  const changed = useRef(new Set<ArticlePart>())
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const saving = useRef<Promise<void> | undefined>(undefined)
  const contentRef = useRef(content)
  useLayoutEffect(() => {
    contentRef.current = content
  })
  const saveRef = useRef<() => Promise<void>>(async () => {})

  const schedule = useCallback(() => {
    clearTimeout(timer.current)
    timer.current = setTimeout(() => void saveRef.current(), SAVE_DELAY_MS)
  }, [])

  /** The newest version, with the changes the disk refused (when this article was left) on it. */
  const load = useCallback(
    async (message?: string) => {
      try {
        const saved = await api.getArticle(articleId)
        const unsaved = unsavedArticles.get(articleId)
        const shown = unsaved
          ? {
              ...saved,
              body: unsaved.body ?? saved.body,
              statements: unsaved.statements ?? saved.statements,
              notes: unsaved.notes ?? saved.notes,
              meta: unsaved.meta ?? saved.meta,
            }
          : saved
        revision.current = unsaved?.baseRevision ?? saved.revision
        changed.current = new Set(unsaved?.parts)
        statementsRef.current = shown.statements
        metaRef.current = shown.meta
        setArticle(shown)
        setStatements(shown.statements)
        setMetaState(shown.meta)
        setSaveState(unsaved ? 'failed' : 'saved')
        setSaveError(unsaved?.error)
        setNotice(message)
        setLoadCount((count) => count + 1)
        loaded.current = true
      } catch (error) {
        setLoadError(messageOf(error))
      }
    },
    [articleId],
  )

  /** What a save of these parts sends, read from the editors now. */
  const contentOf = useCallback((parts: Set<ArticlePart>) => {
    const body =
      parts.has('body') || parts.has('statements') ? contentRef.current.body() : undefined
    return {
      body: body?.json,
      statements:
        body &&
        Object.fromEntries(
          body.statementIds.flatMap((id) =>
            statementsRef.current[id] ? [[id, statementsRef.current[id]]] : [],
          ),
        ),
      notes: parts.has('notes') ? contentRef.current.notes() : undefined,
      meta: parts.has('meta') ? metaRef.current : undefined,
    }
  }, [])

  const saveNow = useCallback(async (): Promise<void> => {
    if (saving.current) await saving.current
    if (changed.current.size === 0) return
    const parts = new Set(changed.current)
    changed.current.clear()
    setSaveState('saving')
    let failed = false
    const run = (async () => {
      try {
        const saved = await api.updateArticle(articleId, {
          baseRevision: revision.current,
          ...contentOf(parts),
        })
        revision.current = saved.revision
        unsavedArticles.forget(articleId)
        setArticle(saved)
        setSaveState(changed.current.size > 0 ? 'unsaved' : 'saved')
        setSaveError(undefined)
      } catch (error) {
        if (error instanceof StancemarkError && error.code === 'conflict') {
          unsavedArticles.forget(articleId)
          await load(
            `${error.message} The newest version is shown; your last change may need doing again.`,
          )
          return
        }
        // The change stays here, and for the window if the article is left, to be saved again:
        // with the next change, or "Save again".
        failed = true
        parts.forEach((part) => changed.current.add(part))
        const message = messageOf(error)
        unsavedArticles.keep(articleId, {
          baseRevision: revision.current,
          parts: [...changed.current],
          error: message,
          ...contentOf(changed.current),
        })
        setSaveState('failed')
        setSaveError(message)
      }
    })()
    saving.current = run
    await run
    saving.current = undefined
    if (changed.current.size > 0 && !failed) schedule()
  }, [articleId, contentOf, load, schedule])
  /** A save, counted as running for the article even once it is left. */
  const save = useCallback(() => {
    const run = saveNow()
    unsavedArticles.track(articleId, run)
    return run
  }, [articleId, saveNow])
  useLayoutEffect(() => {
    saveRef.current = save
  }, [save])

  const markChanged = useCallback(
    (part: 'body' | 'notes' | 'meta' | 'statements') => {
      changed.current.add(part)
      setSaveState('unsaved')
      schedule()
    },
    [schedule],
  )

  const putStatement = useCallback(
    (statement: Statement) => {
      statementsRef.current = { ...statementsRef.current, [statement.id]: statement }
      setStatements(statementsRef.current)
      markChanged('statements')
    },
    [markChanged],
  )

  /**
   * Changes some fields of a statement as it is now, not as some earlier render saw it: a field
   * whose answer comes late (a new speaker being saved) keeps what was coded meanwhile.
   */
  const updateStatement = useCallback(
    (id: string, patch: Partial<Omit<Statement, 'id'>>) => {
      const before = statementsRef.current[id]
      if (!before) return undefined
      const next = { ...before, ...patch }
      putStatement(next)
      return { before, next }
    },
    [putStatement],
  )

  /**
   * Runs a change the archive makes to this article by itself (a rejected suggestion) between two
   * saves, and carries on from the revision it answers when nothing else changed the article meanwhile.
   */
  const besideSaves = useCallback(
    async <T extends { revision: number }>(work: () => Promise<T>): Promise<T> => {
      while (saving.current) await saving.current
      const run = work()
      saving.current = run.then(
        () => undefined,
        () => undefined,
      )
      try {
        const result = await run
        if (result.revision === revision.current + 1) revision.current = result.revision
        return result
      } finally {
        saving.current = undefined
        if (changed.current.size > 0) schedule()
      }
    },
    [schedule],
  )

  /**
   * Runs a change the archive makes to the whole article (annotations imported), during which the
   * analyst's own changes are refused with `why`: made meanwhile, the reload after it would lose them.
   */
  const holdChanges = useCallback(async <T>(why: string, work: () => Promise<T>): Promise<T> => {
    setHeldBy(why)
    try {
      return await work()
    } finally {
      setHeldBy(undefined)
    }
  }, [])

  const setMeta = useCallback(
    (patch: Partial<ArticleMeta>) => {
      if (!metaRef.current) return
      metaRef.current = { ...metaRef.current, ...patch }
      setMetaState(metaRef.current)
      markChanged('meta')
    },
    [markChanged],
  )

  useEffect(() => {
    // A save begun as this article was last left may still be running: it ends first.
    void unsavedArticles.settled(articleId).then(() => load())
    return () => clearTimeout(timer.current)
  }, [articleId, load])

  // Another window or a script changed this article: show the newest version if nothing is pending here.
  useEffect(
    () =>
      api.onChange(async (event) => {
        // An event naming no article (a backup restored) may concern this one too.
        const other = event.articleId !== undefined && event.articleId !== articleId
        if (!loaded.current || other || changed.current.size > 0 || saving.current) return
        const fresh = await api.getArticle(articleId).catch(() => undefined)
        if (fresh && fresh.revision !== revision.current)
          await load('This article was changed elsewhere; the newest version is shown.')
      }),
    [articleId, load],
  )

  // Leaving the article (or the page) saves what is pending at once; after a failed save, the
  // page asks before it is left (unsavedArticles), as the change exists nowhere else.
  useEffect(() => {
    const flush = () => {
      clearTimeout(timer.current)
      void save()
    }
    window.addEventListener('beforeunload', flush)
    return () => {
      window.removeEventListener('beforeunload', flush)
      // The editors go with the article: a save after them reads what they hold now.
      if (changed.current.size > 0 || saving.current)
        contentRef.current = contentNow(contentRef.current)
      flush()
    }
  }, [save])

  return {
    article,
    loadError,
    statements,
    meta,
    saveState,
    saveError,
    notice,
    dismissNotice: () => setNotice(undefined),
    loadCount,
    markChanged,
    putStatement,
    updateStatement,
    setMeta,
    saveNow: save,
    besideSaves,
    heldBy,
    holdChanges,
    /** Shows the archive's newest version of the article, with a message in its banner. */
    reload: load,
  }
}

export type ArticleSession = ReturnType<typeof useArticleSession>
