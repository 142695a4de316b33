import { useMemo } from 'react'
import { api } from '../../api'
import { useArchiveQuery } from '../../app/useArchiveQuery'

interface StatementCounts {
  /** Each one's count; undefined until the service has answered. */
  bySpeaker: (id: string) => number | undefined
  byPosition: (id: string) => number | undefined
}

const NOT_YET: StatementCounts = { bySpeaker: () => undefined, byPosition: () => undefined }

const loadCounts = async () => (await api.exploreStatements({ limit: 1 })).counts

/**
 * How many statements each speaker and position has across the archive, counted by the service
 * (no statement travels), kept fresh as the archive changes. Unknown until the first answer:
 * nothing may be deleted as unused meanwhile.
 */
export function useStatementCounts(): StatementCounts {
  const { value: answer } = useArchiveQuery(loadCounts)
  return useMemo(() => {
    if (!answer) return NOT_YET
    const bySpeaker = new Map(Object.entries(answer.bySpeaker))
    const byPosition = new Map(Object.entries(answer.byPosition))
    return {
      bySpeaker: (id) => bySpeaker.get(id) ?? 0,
      byPosition: (id) => byPosition.get(id) ?? 0,
    }
  }, [answer])
}
