import { useEffect, useState } from 'react'

/**
 * False until the page has been drawn once after mounting, then true: what may be skipped from then
 * on (content-visibility) keeps the size it was first drawn at, so nothing moves when it comes into
 * view again.
 */
export function useLaidOutOnce(): boolean {
  const [laidOut, setLaidOut] = useState(false)
  useEffect(() => {
    // The first frame draws everything; the one after it may skip.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => setLaidOut(true))
    })
    return () => cancelAnimationFrame(frame)
  }, [])
  return laidOut
}
