import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { Article, ArticleMeta, DocJSON, Statement } from '../../../src-main/shared/model'
import { api, StancemarkError } from '../../api'

const SAVE_DELAY_MS = 600

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'failed'

/** What the editors hand over at save time, read then rather than copied on every key press. */
export interface EditorContent {
  body: () => { json: DocJSON; statementIds: string[] }
  notes: () => DocJSON
}

/**
 * One open article: the local copy the analyst edits, saved by itself (debounced) with the revision
 * it was made on. A stale save is refused by the archive; then the newest version is loaded.
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
  const statementsRef = useRef(statements)
  const metaRef = useRef(meta)
  const changed = useRef(new Set<'body' | 'notes' | 'meta' | 'statements'>())
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const saving = useRef<Promise<void> | undefined>(undefined)
  /** Whether the last save failed: its changes are kept here until one succeeds. */
  const failedRef = useRef(false)
  const contentRef = useRef(content)
  useLayoutEffect(() => {
    contentRef.current = content
  })
  const saveRef = useRef<() => Promise<void>>(async () => {})

  const schedule = useCallback(() => {
    clearTimeout(timer.current)
    timer.current = setTimeout(() => void saveRef.current(), SAVE_DELAY_MS)
  }, [])

  const load = useCallback(
    async (message?: string) => {
      try {
        const fresh = await api.getArticle(articleId)
        revision.current = fresh.revision
        changed.current.clear()
        failedRef.current = false
        statementsRef.current = fresh.statements
        metaRef.current = fresh.meta
        setArticle(fresh)
        setStatements(fresh.statements)
        setMetaState(fresh.meta)
        setSaveState('saved')
        setSaveError(undefined)
        setNotice(message)
        setLoadCount((count) => count + 1)
      } catch (error) {
        setLoadError(error instanceof Error ? error.message : String(error))
      }
    },
    [articleId],
  )

  const save = useCallback(async (): Promise<void> => {
    if (saving.current) await saving.current
    if (changed.current.size === 0) return
    const parts = new Set(changed.current)
    changed.current.clear()
    setSaveState('saving')
    let failed = false
    const run = (async () => {
      const body =
        parts.has('body') || parts.has('statements') ? contentRef.current.body() : undefined
      const kept =
        body &&
        Object.fromEntries(
          body.statementIds.flatMap((id) =>
            statementsRef.current[id] ? [[id, statementsRef.current[id]]] : [],
          ),
        )
      try {
        const saved = await api.updateArticle(articleId, {
          baseRevision: revision.current,
          body: body?.json,
          statements: kept,
          notes: parts.has('notes') ? contentRef.current.notes() : undefined,
          meta: parts.has('meta') ? metaRef.current : undefined,
        })
        revision.current = saved.revision
        setArticle(saved)
        setSaveState(changed.current.size > 0 ? 'unsaved' : 'saved')
        setSaveError(undefined)
      } catch (error) {
        if (error instanceof StancemarkError && error.code === 'conflict') {
          await load(
            `${error.message} The newest version is shown; your last change may need doing again.`,
          )
          return
        }
        // The change stays here, to be saved again: with the next change, or "Save again".
        failed = true
        parts.forEach((part) => changed.current.add(part))
        setSaveState('failed')
        setSaveError(error instanceof Error ? error.message : String(error))
      }
    })()
    saving.current = run
    await run
    saving.current = undefined
    failedRef.current = failed
    if (changed.current.size > 0 && !failed) schedule()
  }, [articleId, load, schedule])
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
    void load()
    return () => clearTimeout(timer.current)
  }, [load])

  // Another window or a script changed this article: show the newest version if nothing is pending here.
  useEffect(
    () =>
      api.onChange(async (event) => {
        // An event naming no article (a backup restored) may concern this one too.
        const other = event.articleId !== undefined && event.articleId !== articleId
        if (other || changed.current.size > 0 || saving.current) return
        const fresh = await api.getArticle(articleId).catch(() => undefined)
        if (fresh && fresh.revision !== revision.current)
          await load('This article was changed elsewhere; the newest version is shown.')
      }),
    [articleId, load],
  )

  // Leaving the article (or the page) saves what is pending at once; after a failed save, the
  // page asks before it is left, as the change exists nowhere else.
  useEffect(() => {
    const flush = () => {
      clearTimeout(timer.current)
      void save()
    }
    const leaving = (event: BeforeUnloadEvent) => {
      flush()
      if (failedRef.current) event.preventDefault()
    }
    window.addEventListener('beforeunload', leaving)
    return () => {
      window.removeEventListener('beforeunload', leaving)
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
