import { useEffect, useRef, useState } from 'react'

/**
 * The fields of a registry entry as edited in its form, over the entry as it is now: only the
 * fields edited here are kept, so a change made elsewhere meanwhile (an alias learned, another
 * window, a merge, a move in the tree) shows and is kept when they are saved. An edit the entry
 * has by now (saved from here, or the same change made elsewhere) is no longer one.
 */
export function useLiveEdits<E, F extends object>(entry: E, fieldsOf: (entry: E) => F) {
  const [edits, setEdits] = useState<Partial<F>>({})
  /** Edits saved from here, until the entry comes back with them. */
  const saved = useRef<Partial<F>>({})
  useEffect(() => {
    const now = fieldsOf(entry)
    const done = saved.current
    saved.current = {}
    setEdits((current) => {
      const left = Object.entries(current).filter(([name, value]) => {
        const field = name as keyof F
        return value !== now[field] && !(field in done && value === done[field])
      })
      return left.length === Object.keys(current).length
        ? current
        : (Object.fromEntries(left) as Partial<F>)
    })
    // A new entry (or the same one changed) is the only reason to look again.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [entry])
  return {
    edits,
    draft: { ...fieldsOf(entry), ...edits },
    edit: (patch: Partial<F>) => setEdits((current) => ({ ...current, ...patch })),
    /** These edits were saved: once the entry comes back, they are no longer edits. */
    saved: (sent: Partial<F>) => {
      saved.current = { ...saved.current, ...sent }
    },
  }
}
