import { useCallback, useLayoutEffect, useRef, useState } from 'react'
import { useArchiveQuery, type ArchiveQueryOptions } from './useArchiveQuery'

/** One page of a list the archive answers: its items, how many in all, whether more follow. */
export interface ListPage<T> {
  items: T[]
  total: number
  more: boolean
}

interface Listed<T> {
  /** How the pages after the first are asked: as the first was. */
  loadPage: (offset: number) => Promise<ListPage<T>>
  first: ListPage<T>
}

/**
 * A list that follows the archive (useArchiveQuery) and grows a page at a time as it is scrolled
 * (`loadMore`); pages of an older list are never added to a newer one, and an item already listed
 * (moved between pages by a save meanwhile) is listed once.
 */
export function useListedQuery<T>(
  loadPage: (offset: number) => Promise<ListPage<T>>,
  keyOf: (item: T) => string,
  options?: ArchiveQueryOptions<Listed<T>>,
) {
  const load = useCallback(async () => ({ loadPage, first: await loadPage(0) }), [loadPage])
  const listed = useArchiveQuery(load, options)
  const [grown, setGrown] = useState<{ of: Listed<T>; page: ListPage<T> }>()
  const of = listed.value
  const page = of && (grown?.of === of ? grown.page : of.first)
  const shown = useRef({ of, page })
  useLayoutEffect(() => {
    shown.current = { of, page }
  })
  const loading = useRef(false)

  const loadMore = useCallback(async () => {
    const { of, page } = shown.current
    if (loading.current || !of || !page?.more) return
    loading.current = true
    try {
      const next = await of.loadPage(page.items.length)
      if (of !== shown.current.of) return
      const keys = new Set(page.items.map(keyOf))
      const items = [...page.items, ...next.items.filter((item) => !keys.has(keyOf(item)))]
      setGrown({ of, page: { ...next, items } })
    } finally {
      loading.current = false
    }
  }, [keyOf])

  return { page, loadMore, loading: listed.loading, error: listed.error }
}
