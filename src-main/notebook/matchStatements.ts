import type { StatementFilter } from '../shared/contract'
import type { ArticleSummary } from '../shared/model'
import type { StanceOrNone } from '../shared/statementQuery'
import type { Catalog } from './catalog'
import { foldTerm } from './foldTerm'
import { withSubPositions } from './positionTree'
import type { IndexedStatement, StatementIndex } from './statementIndex'

/** A statement that passed the filter, with the summary of its article. */
export interface MatchedStatement {
  summary: ArticleSummary
  statement: IndexedStatement
}

export type StatementConditions = Omit<StatementFilter, 'sort' | 'direction' | 'offset' | 'limit'>

function anyOf<T extends string>(one: T | undefined, many: readonly T[] | undefined) {
  if (one === undefined && many === undefined) return undefined
  return new Set<T>([...(one === undefined ? [] : [one]), ...(many ?? [])])
}

/** Every statement in the index that meets all the conditions, in article then reading order. */
export function matchStatements(
  index: StatementIndex,
  catalog: Catalog,
  filter: StatementConditions,
): MatchedStatement[] {
  const speakers = anyOf(filter.speakerId, filter.speakerIds)
  let positions = anyOf(filter.positionId, filter.positionIds)
  if (positions && filter.includeSubPositions)
    positions = withSubPositions(catalog.positions, positions)
  const stances = anyOf<StanceOrNone>(filter.stance, filter.stances)
  const words = filter.text ? foldTerm(filter.text).split(/\s+/).filter(Boolean) : []
  const tag = filter.tag === undefined ? undefined : foldTerm(filter.tag.trim())

  const matched: MatchedStatement[] = []
  const articles = filter.articleId
    ? [[filter.articleId, index.get(filter.articleId)] as const]
    : index.entries()
  for (const [articleId, indexed] of articles) {
    const summary = catalog.articles[articleId]
    if (!summary || !indexed) continue
    if (filter.source !== undefined && summary.source !== filter.source) continue
    if (filter.from && summary.published < filter.from) continue
    if (filter.to && (summary.published === '' || summary.published > filter.to)) continue
    for (const statement of indexed.statements) {
      if (speakers && !(statement.speakerId && speakers.has(statement.speakerId))) continue
      if (positions && !(statement.positionId && positions.has(statement.positionId))) continue
      if (stances && !stances.has(statement.stance ?? 'none')) continue
      if (tag !== undefined && !statement.tags.some((t) => foldTerm(t) === tag)) continue
      if (words.length > 0) {
        const folded = index.foldedText(statement)
        if (!words.every((word) => folded.includes(word))) continue
      }
      matched.push({ summary, statement })
    }
  }
  return matched
}
