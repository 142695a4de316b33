import { useEffect, useState } from 'react'
import type { StatementAnalysis } from '../../../src-main/shared/analysis'
import { api } from '../../api'
import { statementQuery } from '../../ui/filterQuery'
import type { StatementFilter } from '../statements/useStatementFilter'

/**
 * The archive's matrix, timelines and network over every statement the filter matches, counted
 * by the service (the statements themselves never travel); again whenever the archive changes.
 */
export function useAnalysis(filter: StatementFilter) {
  const [analysis, setAnalysis] = useState<StatementAnalysis>()
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<string>()
  const [version, setVersion] = useState(0)

  useEffect(() => api.onChange(() => setVersion((v) => v + 1)), [])

  useEffect(() => {
    let current = true
    setLoading(true)
    const timer = setTimeout(() => {
      api
        .analyseStatements(statementQuery(filter))
        .then((answer) => {
          if (!current) return
          setAnalysis(answer)
          setError(undefined)
        })
        .catch((caught: Error) => current && setError(caught.message))
        .finally(() => current && setLoading(false))
    }, 120)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [filter, version])

  return { analysis, loading, error }
}
