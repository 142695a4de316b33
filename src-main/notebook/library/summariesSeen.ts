import { STANCES, type ArticleSummary } from '../../shared/model'
import { codesBlind, readStatements } from '../agreement/readingRule'
import type { Catalog } from '../storage/catalog'
import type { StatementIndex } from '../statements/statementIndex'

/** Whether any article's summary covers statements `reader` may not see while coding it blind. */
export const anyCodedBlind = (catalog: Catalog, reader: string): boolean =>
  Object.values(catalog.articles).some((summary) => codesBlind(summary.coding, reader))

/**
 * The library's summary of an article as `reader` may see it: for an article they code blind, its
 * statement figures (count, speakers, positions, stances) are of the statements the reading rule
 * leaves them, from the statement index; the summary itself covers every coder's.
 */
export function summarySeen(
  summary: ArticleSummary,
  index: StatementIndex,
  catalog: Catalog,
  reader: string,
): ArticleSummary {
  if (!codesBlind(summary.coding, reader)) return summary
  const statements = readStatements(
    index.get(summary.id)?.statements ?? [],
    summary.coding,
    catalog,
    reader,
  )
  const unique = (ids: (string | undefined)[]) => [
    ...new Set(ids.filter((id): id is string => !!id)),
  ]
  return {
    ...summary,
    statementCount: statements.length,
    speakerIds: unique(statements.map((s) => s.speakerId)),
    positionIds: unique(statements.map((s) => s.positionId)),
    stances: STANCES.filter((stance) => statements.some((s) => s.stance === stance)),
  }
}
