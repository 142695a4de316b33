import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { api } from '../api'
import { NewestAnswer } from './newestAnswer'

export interface ArchiveQueryOptions<T> {
  /** How long to wait after the request changes (a filter being typed) before asking. */
  delay?: number
  /** Whether any change to the archive asks again; off where the caller knows when to ask. */
  followChanges?: boolean
  /** What to show given what is shown and the new answer: lets what did not change stay as it was. */
  keep?: (shown: T | undefined, answer: T) => T
}

export interface ArchiveQuery<T> {
  /** The newest answer; undefined until the first comes. */
  value: T | undefined
  /** A request is on its way (or waiting for its delay). */
  loading: boolean
  /** Why the newest request failed, in the analyst's words; the last answer stays shown. */
  error: string | undefined
  /** Asks again now; resolves once the answer is shown (or dropped for a newer one). */
  refresh: () => Promise<void>
  /** Changes what is shown until the next answer (an item just created). */
  update: (change: (value: T | undefined) => T | undefined) => void
  /** Drops the answers still on their way. */
  forget: () => void
}

interface Shown<T> {
  value?: T
  loading: boolean
  error?: string
}

const loadingNow = <T>(shown: Shown<T>): Shown<T> =>
  shown.loading ? shown : { ...shown, loading: true }

/**
 * Data that follows the archive: asked for with `load` (a new `load` is a new request), asked for
 * again whenever the archive changes, only the newest request's answer shown, and a failure caught
 * and kept in `error`.
 */
export function useArchiveQuery<T>(
  load: () => Promise<T>,
  { delay = 0, followChanges = true, keep }: ArchiveQueryOptions<T> = {},
): ArchiveQuery<T> {
  const [answers] = useState(() => new NewestAnswer())
  const [shown, setShown] = useState<Shown<T>>({ loading: true })
  const keepRef = useRef(keep)
  useLayoutEffect(() => {
    keepRef.current = keep
  })

  const refresh = useCallback(async () => {
    setShown(loadingNow)
    const outcome = await answers.ask(load)
    if (!outcome) return
    setShown((before) =>
      'value' in outcome
        ? {
            value: keepRef.current ? keepRef.current(before.value, outcome.value) : outcome.value,
            loading: false,
          }
        : { ...before, error: outcome.error, loading: false },
    )
  }, [answers, load])

  useEffect(() => {
    setShown(loadingNow)
    let timer = setTimeout(() => void refresh(), delay)
    const stop = followChanges
      ? api.onChange(() => {
          clearTimeout(timer)
          timer = setTimeout(() => void refresh(), delay)
        })
      : undefined
    return () => {
      clearTimeout(timer)
      stop?.()
      answers.forget()
    }
  }, [answers, refresh, delay, followChanges])

  const update = useCallback(
    (change: (value: T | undefined) => T | undefined) =>
      setShown((before) => ({ ...before, value: change(before.value) })),
    [],
  )
  const forget = useCallback(() => answers.forget(), [answers])

  return { value: shown.value, loading: shown.loading, error: shown.error, refresh, update, forget }
}
