import { useCallback } from 'react'
import type { StatementSuggestion } from '../../../src-main/shared/suggestion'
import { api } from '../../api'
import { useArchiveQuery } from '../../app/useArchiveQuery'

export type SuggestionStatus = 'loading' | 'ready' | 'failed'

const NONE: StatementSuggestion[] = []

/**
 * The statements the archive suggests for one article, fetched without holding anything up; an
 * answer that comes back after the article changed or was asked for again is dropped. Asked again
 * by the article's own saves, not by every change to the archive.
 */
export function useSuggestions(articleId: string) {
  const load = useCallback(() => api.suggestStatements(articleId), [articleId])
  const found = useArchiveQuery(load, { followChanges: false })
  const { forget, update } = found

  /** Forgets the suggestions and any answer still on its way: the text is being edited. */
  const drop = useCallback(() => {
    forget()
    update(() => NONE)
  }, [forget, update])

  const remove = useCallback(
    (gone: readonly StatementSuggestion[]) =>
      update((list) => list?.filter((s) => !gone.includes(s))),
    [update],
  )

  const status: SuggestionStatus = found.loading ? 'loading' : found.error ? 'failed' : 'ready'
  return {
    suggestions: found.value ?? NONE,
    status,
    error: found.error,
    refresh: found.refresh,
    drop,
    remove,
  }
}
