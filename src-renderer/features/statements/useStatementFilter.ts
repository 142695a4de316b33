import { useState } from 'react'
import type { Stance, StatementMode } from '../../../src-main/shared/model'
import { filterQuery } from '../../ui/filterQuery'

/** What the explorer and the analysis pictures are looking at. Empty fields mean "any". */
export interface StatementFilter {
  text: string
  speakerId: string
  positionId: string
  stance: Stance | ''
  /** Direct quote, indirect statement or mixed. */
  mode: StatementMode | ''
  tag: string
  source: string
  from: string
  to: string
  /** One coder's statements; '' for every coder's (an adjudicated article gives its consensus). */
  coderId: string
}

export const EMPTY_FILTER: StatementFilter = {
  text: '',
  speakerId: '',
  positionId: '',
  stance: '',
  mode: '',
  tag: '',
  source: '',
  from: '',
  to: '',
  coderId: '',
}

/** The filter as the archive's query: empty fields ask nothing; a coder becomes `coderIds`. */
export function statementQuery(filter: StatementFilter) {
  const { coderId, ...fields } = filter
  return { ...filterQuery(fields), coderIds: coderId ? [coderId] : undefined }
}

/** One filter shared by the explorer and the analysis views, so a picture shows what the table shows. */
export function useStatementFilter() {
  const [filter, setFilter] = useState<StatementFilter>(EMPTY_FILTER)
  return {
    filter,
    setFilter,
    update: (patch: Partial<StatementFilter>) => setFilter((current) => ({ ...current, ...patch })),
    clear: () => setFilter(EMPTY_FILTER),
  }
}

export type StatementFilterState = ReturnType<typeof useStatementFilter>
