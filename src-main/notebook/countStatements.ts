import type { StatementCounts } from '../shared/statementQuery'
import type { MatchedStatement } from './matchStatements'

/** How the statements divide by speaker, position and stance. */
export function countStatements(matched: readonly MatchedStatement[]): StatementCounts {
  const counts: StatementCounts = {
    bySpeaker: {},
    byPosition: {},
    byStance: { supports: 0, opposes: 0, neutral: 0, none: 0 },
  }
  for (const { statement } of matched) {
    if (statement.speakerId)
      counts.bySpeaker[statement.speakerId] = (counts.bySpeaker[statement.speakerId] ?? 0) + 1
    if (statement.positionId)
      counts.byPosition[statement.positionId] = (counts.byPosition[statement.positionId] ?? 0) + 1
    counts.byStance[statement.stance ?? 'none']++
  }
  return counts
}
