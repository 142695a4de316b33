import { useCallback, useEffect, useRef, useState } from 'react'
import type { StatementSuggestion } from '../../../src-main/shared/suggestion'
import { api } from '../../api'
import { messageOf } from '../../../src-main/shared/errors'

export type SuggestionStatus = 'loading' | 'ready' | 'failed'

/**
 * The statements the archive suggests for one article, fetched without holding anything up; an
 * answer that comes back after the article changed or was asked for again is dropped.
 */
export function useSuggestions(articleId: string) {
  const [suggestions, setSuggestions] = useState<StatementSuggestion[]>([])
  const [status, setStatus] = useState<SuggestionStatus>('loading')
  const [error, setError] = useState<string>()
  const asked = useRef(0)

  const refresh = useCallback(async () => {
    const request = ++asked.current
    setStatus('loading')
    try {
      const found = await api.suggestStatements(articleId)
      if (request !== asked.current) return
      setSuggestions(found)
      setStatus('ready')
      setError(undefined)
    } catch (caught) {
      if (request !== asked.current) return
      setStatus('failed')
      setError(messageOf(caught))
    }
  }, [articleId])

  /** Answers still on their way are dropped when they come. */
  const forget = useCallback(() => {
    asked.current++
  }, [])

  /** Forgets the suggestions and any answer still on its way: the text is being edited. */
  const drop = useCallback(() => {
    forget()
    setSuggestions([])
  }, [forget])

  const remove = useCallback((gone: readonly StatementSuggestion[]) => {
    setSuggestions((list) => list.filter((s) => !gone.includes(s)))
  }, [])

  useEffect(() => {
    void refresh()
    return forget
  }, [refresh, forget])

  return { suggestions, status, error, refresh, drop, remove }
}
