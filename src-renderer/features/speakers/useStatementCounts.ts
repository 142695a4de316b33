import { useEffect, useState } from 'react'
import { api } from '../../api'

interface StatementCounts {
  bySpeaker: Map<string, number>
  byPosition: Map<string, number>
}

const NONE: StatementCounts = { bySpeaker: new Map(), byPosition: new Map() }

/**
 * How many statements each speaker and position has across the archive, counted by the service
 * (no statement travels), kept fresh as the archive changes.
 */
export function useStatementCounts(): StatementCounts {
  const [counts, setCounts] = useState(NONE)
  useEffect(() => {
    let current = true
    const load = () =>
      void api.exploreStatements({ limit: 1 }).then(({ counts: answer }) => {
        if (!current) return
        setCounts({
          bySpeaker: new Map(Object.entries(answer.bySpeaker)),
          byPosition: new Map(Object.entries(answer.byPosition)),
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
