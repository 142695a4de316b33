import { useEffect, useState } from 'react'
import { api } from '../../../api'

interface StatementCounts {
  /** Each one's count; undefined until the service has answered. */
  bySpeaker: (id: string) => number | undefined
  byPosition: (id: string) => number | undefined
}

const NOT_YET: StatementCounts = { bySpeaker: () => undefined, byPosition: () => undefined }

/**
 * How many statements each speaker and position has across the archive, counted by the service
 * (no statement travels), kept fresh as the archive changes. Unknown until the first answer:
 * nothing may be deleted as unused meanwhile.
 */
export function useStatementCounts(): StatementCounts {
  const [counts, setCounts] = useState(NOT_YET)
  useEffect(() => {
    let current = true
    const load = () =>
      void api.exploreStatements({ limit: 1 }).then(({ counts: answer }) => {
        if (!current) return
        const bySpeaker = new Map(Object.entries(answer.bySpeaker))
        const byPosition = new Map(Object.entries(answer.byPosition))
        setCounts({
          bySpeaker: (id) => bySpeaker.get(id) ?? 0,
          byPosition: (id) => byPosition.get(id) ?? 0,
        })
      })
    load()
    const stop = api.onChange(load)
    return () => {
      current = false
      stop()
    }
  }, [])
  return counts
}
