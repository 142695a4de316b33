import { useCallback } from 'react'
import { api } from '../../api'
import { useArchiveQuery } from '../../app/useArchiveQuery'

/** An article's coders' statements side by side, and its title; again whenever the archive changes. */
export function useComparison(articleId: string) {
  const load = useCallback(async () => {
    const [comparison, article] = await Promise.all([
      api.getComparison(articleId),
      api.getArticle(articleId),
    ])
    return { ...comparison, title: article.meta.title, coding: article.coding }
  }, [articleId])
  return useArchiveQuery(load)
}
