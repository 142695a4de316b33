import type { StatementFilter } from '../../shared/contract'
import type { ArticleSummary } from '../../shared/model'
import type { StanceOrNone } from '../../shared/statementQuery'
import type { Catalog } from '../storage/catalog'
import { foldText } from '../../shared/nameKey'
import { withSubPositions } from '../registry/positionTree'
import type { IndexedStatement, StatementIndex } from './statementIndex'
import { readStatements } from '../agreement/readingRule'

/** A statement that passed the filter, with the summary of its article. */
export interface MatchedStatement {
  summary: ArticleSummary
  statement: IndexedStatement
}

/** An article's statements that passed the filter, in reading order. */
export interface MatchedArticle {
  summary: ArticleSummary
  statements: readonly IndexedStatement[]
}

/** How many statements the matched articles hold. */
export const matchedCount = (matched: readonly MatchedArticle[]) =>
  matched.reduce((sum, article) => sum + article.statements.length, 0)

/** Every matched statement with its article, in article then reading order. */
export function* eachMatched(matched: readonly MatchedArticle[]): Generator<MatchedStatement> {
  for (const { summary, statements } of matched)
    for (const statement of statements) yield { summary, statement }
}

export type StatementConditions = Omit<StatementFilter, 'sort' | 'direction' | 'offset' | 'limit'>

function anyOf<T extends string>(one: T | undefined, many: readonly T[] | undefined) {
  if (one === undefined && many === undefined) return undefined
  return new Set<T>([...(one === undefined ? [] : [one]), ...(many ?? [])])
}

/**
 * The statements in the index that meet all the conditions, grouped by article in index order, as
 * `reader` (the current coder) may read them (see readStatements); without statement conditions
 * an article's list is the index's own (nothing is copied).
 */
export function matchStatements(
  index: StatementIndex,
  catalog: Catalog,
  filter: StatementConditions,
  reader: string,
): MatchedArticle[] {
  const coderIds = filter.coderIds && new Set(filter.coderIds)
  const speakers = anyOf(filter.speakerId, filter.speakerIds)
  let positions = anyOf(filter.positionId, filter.positionIds)
  if (positions && filter.includeSubPositions)
    positions = withSubPositions(catalog.positions, positions)
  const stances = anyOf<StanceOrNone>(filter.stance, filter.stances)
  const words = filter.text ? foldText(filter.text).split(/\s+/).filter(Boolean) : []
  const tag = filter.tag === undefined ? undefined : foldText(filter.tag.trim())

  const keep = (statement: IndexedStatement) => {
    if (speakers && !(statement.speakerId && speakers.has(statement.speakerId))) return false
    if (positions && !(statement.positionId && positions.has(statement.positionId))) return false
    if (stances && !stances.has(statement.stance ?? 'none')) return false
    if (tag !== undefined && !statement.tags.some((t) => foldText(t) === tag)) return false
    if (filter.mode && statement.mode !== filter.mode) return false
    if (words.length === 0) return true
    const folded = index.foldedText(statement)
    return words.every((word) => folded.includes(word))
  }
  const everyStatement =
    !speakers && !positions && !stances && tag === undefined && !filter.mode && !words.length

  // Only the articles that have the speaker or position are looked at.
  const holding = speakers || positions ? index.articlesWith(speakers, positions) : undefined
  const matched: MatchedArticle[] = []
  const articles = filter.articleId
    ? [[filter.articleId, index.get(filter.articleId)] as const]
    : index.entries()
  for (const [articleId, indexed] of articles) {
    if (holding && !holding.has(articleId)) continue
    const summary = catalog.articles[articleId]
    if (!summary || !indexed) continue
    if (filter.source !== undefined && summary.source !== filter.source) continue
    if (filter.from && summary.published < filter.from) continue
    if (filter.to && (summary.published === '' || summary.published > filter.to)) continue
    const read = readStatements(indexed.statements, summary.coding, catalog, reader, coderIds)
    const statements = everyStatement ? read : read.filter(keep)
    if (statements.length > 0) matched.push({ summary, statements })
  }
  return matched
}
