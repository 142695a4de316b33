import { useCallback } from 'react'
import { api } from '../../api'
import { useArchiveQuery } from '../../app/useArchiveQuery'
import { statementQuery, type StatementFilter } from '../statements/useStatementFilter'

/**
 * The archive's matrix, timelines and network over every statement the filter matches, counted
 * by the service (the statements themselves never travel); again whenever the archive changes.
 */
export function useAnalysis(filter: StatementFilter) {
  const load = useCallback(() => api.analyseStatements(statementQuery(filter)), [filter])
  const { value: analysis, loading, error } = useArchiveQuery(load, { delay: 120 })
  return { analysis, loading, error }
}
