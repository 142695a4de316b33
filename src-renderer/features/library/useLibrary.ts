import { useCallback, useMemo } from 'react'
import type { SearchHit } from '../../../src-main/shared/contract'
import type { ArticleSummary, Stance } from '../../../src-main/shared/model'
import { api } from '../../api'
import { useListedQuery } from '../../app/useListedQuery'
import { filterQuery } from '../../ui/filterQuery'

export interface LibraryFilter {
  text: string
  sort: 'published' | 'title' | 'source' | 'updated'
  source: string
  from: string
  to: string
  speakerId: string
  positionId: string
  stance: Stance | ''
  tag: string
  onlyUncoded: boolean
}

export const EMPTY_LIBRARY_FILTER: LibraryFilter = {
  text: '',
  sort: 'published',
  source: '',
  from: '',
  to: '',
  speakerId: '',
  positionId: '',
  stance: '',
  tag: '',
  onlyUncoded: false,
}

const PAGE = 500
/** Search hits asked for at a time: each needs its article read for the snippet. */
const HITS_PAGE = 50

const articleKey = (article: ArticleSummary) => article.id
const hitKey = (hit: SearchHit) => hit.articleId
/** No words, no search: the list of articles is shown instead. */
const NO_SEARCH = { items: [] as SearchHit[], total: 0, more: false }

/** The library's articles (paged as the list scrolls), or search hits while the analyst types words. */
export function useLibrary(filter: LibraryFilter) {
  const { source, from, to, speakerId, positionId, stance, tag, onlyUncoded, sort, text } = filter
  /** The filter's conditions, which both the list and the search hits hold to. */
  const conditions = useMemo(
    () => ({
      ...filterQuery({ source, from, to, speakerId, positionId, stance, tag }),
      hasStatements: onlyUncoded ? false : undefined,
    }),
    [source, from, to, speakerId, positionId, stance, tag, onlyUncoded],
  )
  const listPage = useCallback(
    async (offset: number) => {
      const page = await api.listArticles({ ...conditions, sort, offset, limit: PAGE })
      return { ...page, more: offset + page.items.length < page.total }
    },
    [conditions, sort],
  )
  const searching = text.trim() !== ''
  const hitsPage = useCallback(
    async (offset: number) => {
      if (!searching) return NO_SEARCH
      const found = await api.search({ ...conditions, text, offset, limit: HITS_PAGE })
      return { items: found.hits, total: found.total, more: found.hits.length === HITS_PAGE }
    },
    [conditions, text, searching],
  )
  const list = useListedQuery(listPage, articleKey)
  const search = useListedQuery(hitsPage, hitKey, { delay: text ? 80 : 0 })

  return {
    articles: list.page?.items ?? [],
    total: list.page?.total ?? 0,
    /** While words are searched for: the hits so far, and how many articles match in all. */
    hits: searching && search.page && search.page !== NO_SEARCH ? search.page.items : undefined,
    hitTotal: search.page?.total ?? 0,
    loadMore: list.loadMore,
    loadMoreHits: search.loadMore,
  }
}
