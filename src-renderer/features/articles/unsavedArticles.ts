import { useSyncExternalStore } from 'react'
import type { ArticleMeta, DocJSON, Statement } from '../../../src-main/shared/model'

export type ArticlePart = 'body' | 'notes' | 'meta' | 'statements'

/** An article's changes that the disk refused, as they were when it last refused them. */
export interface UnsavedArticle {
  /** The revision they were made on. */
  baseRevision: number
  parts: ArticlePart[]
  body?: DocJSON
  statements?: Record<string, Statement>
  notes?: DocJSON
  meta?: ArticleMeta
  /** Why the last save failed, in the analyst's words. */
  error: string
}

const kept = new Map<string, UnsavedArticle>()
const running = new Map<string, Set<Promise<unknown>>>()
const listeners = new Set<() => void>()
let keptIds: ReadonlySet<string> = new Set()

const changed = () => {
  keptIds = new Set(kept.keys())
  listeners.forEach((listener) => listener())
}

/**
 * The articles whose changes could not be saved, kept for as long as the window is open: an article
 * left for another shows them again when it is opened, until a save takes them.
 */
export const unsavedArticles = {
  get: (articleId: string): UnsavedArticle | undefined => kept.get(articleId),
  keep(articleId: string, unsaved: UnsavedArticle): void {
    const known = kept.has(articleId)
    kept.set(articleId, unsaved)
    if (!known) changed()
  },
  forget(articleId: string): void {
    if (kept.delete(articleId)) changed()
  },
  /** Counts a save of the article as running until it ends, for `settled` to wait for. */
  track(articleId: string, save: Promise<unknown>): void {
    const saves = running.get(articleId) ?? new Set()
    running.set(articleId, saves.add(save))
    void save.finally(() => {
      saves.delete(save)
      if (saves.size === 0 && running.get(articleId) === saves) running.delete(articleId)
    })
  },
  /** Once no save of the article is running (one begun as it was left may still be). */
  async settled(articleId: string): Promise<void> {
    for (let saves = running.get(articleId); saves; saves = running.get(articleId))
      await Promise.allSettled(saves)
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
}

/** The ids of the articles with changes not saved, drawn again when they change. */
export function useUnsavedArticleIds(): ReadonlySet<string> {
  return useSyncExternalStore(unsavedArticles.subscribe, () => keptIds)
}

// Leaving the page would lose what the disk refused: the browser asks first.
window.addEventListener('beforeunload', (event) => {
  if (kept.size > 0) event.preventDefault()
})
