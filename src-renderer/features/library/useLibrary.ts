import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { SearchHit } from '../../../src-main/shared/contract'
import type { ArticleSummary, Stance } from '../../../src-main/shared/model'
import { api } from '../../api'

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

/** The library's articles (paged as the list scrolls), or search hits while the analyst types words. */
export function useLibrary(filter: LibraryFilter) {
  const [articles, setArticles] = useState<ArticleSummary[]>([])
  const [hits, setHits] = useState<SearchHit[]>()
  /** Whether the search may have more hits than those shown: its last page came back full. */
  const [moreHits, setMoreHits] = useState(false)
  /** How many articles the search matches in all. */
  const [hitTotal, setHitTotal] = useState(0)
  const [total, setTotal] = useState(0)
  const [version, setVersion] = useState(0)
  const loading = useRef(false)
  /** Counts the lists asked for afresh: a next page asked for before the latest is not added to it. */
  const listed = useRef(0)

  /** The filter's conditions, which both the list and the search hits hold to. */
  const conditions = useMemo(
    () => ({
      source: filter.source || undefined,
      from: filter.from || undefined,
      to: filter.to || undefined,
      speakerId: filter.speakerId || undefined,
      positionId: filter.positionId || undefined,
      stance: filter.stance || undefined,
      tag: filter.tag || undefined,
      hasStatements: filter.onlyUncoded ? false : undefined,
    }),
    [
      filter.source,
      filter.from,
      filter.to,
      filter.speakerId,
      filter.positionId,
      filter.stance,
      filter.tag,
      filter.onlyUncoded,
    ],
  )
  const query = useCallback(
    (offset: number) => api.listArticles({ ...conditions, sort: filter.sort, offset, limit: PAGE }),
    [conditions, filter.sort],
  )
  const search = useCallback(
    (offset: number) => api.search({ ...conditions, text: filter.text, offset, limit: HITS_PAGE }),
    [conditions, filter.text],
  )

  useEffect(() => api.onChange(() => setVersion((v) => v + 1)), [])

  useEffect(() => {
    let current = true
    listed.current += 1
    const timer = setTimeout(
      () => {
        if (filter.text.trim()) {
          void search(0).then((found) => {
            if (!current) return
            setHits(found.hits)
            setHitTotal(found.total)
            setMoreHits(found.hits.length === HITS_PAGE)
          })
        } else {
          setHits(undefined)
          void query(0).then((page) => {
            if (!current) return
            setArticles(page.items)
            setTotal(page.total)
          })
        }
      },
      filter.text ? 80 : 0,
    )
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [filter.text, query, search, version])

  const loadMore = useCallback(async () => {
    if (loading.current || articles.length >= total) return
    loading.current = true
    const asked = listed.current
    try {
      const page = await query(articles.length)
      if (asked === listed.current) setArticles((shown) => [...shown, ...page.items])
    } finally {
      loading.current = false
    }
  }, [articles.length, total, query])

  const loadMoreHits = useCallback(async () => {
    if (loading.current || !hits || !moreHits) return
    loading.current = true
    const asked = listed.current
    try {
      const found = await search(hits.length)
      if (asked !== listed.current) return
      // An article saved meanwhile may have moved between pages: it is listed once.
      const shown = new Set(hits.map((hit) => hit.articleId))
      setHits([...hits, ...found.hits.filter((hit) => !shown.has(hit.articleId))])
      setHitTotal(found.total)
      setMoreHits(found.hits.length === HITS_PAGE)
    } finally {
      loading.current = false
    }
  }, [search, hits, moreHits])

  return { articles, hits, hitTotal, total, loadMore, loadMoreHits }
}
