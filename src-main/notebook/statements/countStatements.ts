import type { StatementCounts } from '../../shared/statementQuery'
import type { MatchedArticle } from './matchStatements'

/** How the statements divide by speaker, position and stance. */
export function countStatements(matched: readonly MatchedArticle[]): StatementCounts {
  const bySpeaker: Record<string, number> = {}
  const byPosition: Record<string, number> = {}
  const byStance = { supports: 0, opposes: 0, neutral: 0, none: 0 }
  for (const article of matched) {
    for (const { speakerId, positionId, stance } of article.statements) {
      if (speakerId) bySpeaker[speakerId] = (bySpeaker[speakerId] ?? 0) + 1
      if (positionId) byPosition[positionId] = (byPosition[positionId] ?? 0) + 1
      byStance[stance ?? 'none']++
    }
  }
  return { bySpeaker, byPosition, byStance }
}
