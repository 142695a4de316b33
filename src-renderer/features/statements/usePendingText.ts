import { useCallback, useLayoutEffect, useRef } from 'react'

/**
 * Words typed in a field that become part of the statement when committed (Enter, leaving the
 * field), and are committed too when the field goes away without either (Esc, another statement
 * or article) or the page unloads: nothing typed is lost.
 */
export function usePendingText(commit: (text: string) => void) {
  const pending = useRef<string>(undefined)
  const commitRef = useRef(commit)
  useLayoutEffect(() => {
    commitRef.current = commit
  })

  const flush = useCallback(() => {
    const text = pending.current
    pending.current = undefined
    if (text !== undefined) commitRef.current(text)
  }, [])

  // A layout effect's cleanup runs before the article's own (passive) one saves what is pending;
  // capture runs before the article's unload handler, for the same reason.
  useLayoutEffect(() => {
    window.addEventListener('beforeunload', flush, { capture: true })
    return () => {
      window.removeEventListener('beforeunload', flush, { capture: true })
      flush()
    }
  }, [flush])

  return {
    /** The field's words changed: they wait to be committed. */
    typed: (text: string) => {
      pending.current = text
    },
    flush,
  }
}
