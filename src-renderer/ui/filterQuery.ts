import type { z } from 'zod'
import type { StatementFilter as StatementQuerySchema } from '../../src-main/shared/contract'
import type { StatementFilter } from '../features/statements/useStatementFilter'

type StatementQuery = z.input<typeof StatementQuerySchema>

/** The explorer's filter as the archive's query: empty fields ask for nothing. */
export function statementQuery(filter: StatementFilter): StatementQuery {
  return {
    speakerId: filter.speakerId || undefined,
    positionId: filter.positionId || undefined,
    stance: filter.stance || undefined,
    mode: filter.mode || undefined,
    text: filter.text || undefined,
    tag: filter.tag || undefined,
    source: filter.source || undefined,
    from: filter.from || undefined,
    to: filter.to || undefined,
  }
}
