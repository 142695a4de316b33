import type { AgreementQuery, AgreementReport } from '../../shared/coding'
import { StancemarkError } from '../../shared/errors'
import type { ArticleSummary } from '../../shared/model'
import type { Catalog } from '../storage/catalog'
import type { StatementIndex } from '../statements/statementIndex'
import { measureAgreement, type CodedArticle } from './measureAgreement'
import { codesBlind } from './readingRule'
import { coderIdOf } from '../registry/coders'

const allDone = (summary: ArticleSummary) =>
  !!summary.coding && summary.coding.coders.every((coder) => summary.coding!.done.includes(coder))

/**
 * Agreement over articles, from the statement index (no article file is read): by default every
 * double-coded article all of whose coders are done, and their coders. Consensus statements are
 * the adjudication's, not a coder's: they are left out.
 */
export function agreementReport(
  index: StatementIndex,
  catalog: Catalog,
  query: AgreementQuery,
  reader: string,
): AgreementReport {
  const summaries = query.articleIds
    ? query.articleIds.map((id) => {
        const summary = catalog.articles[id]
        if (!summary) throw new StancemarkError('not-found', 'That article is not in the archive.')
        return summary
      })
    : Object.values(catalog.articles).filter(allDone)
  const blind = summaries.find((summary) => codesBlind(summary.coding, reader))
  if (blind)
    throw new StancemarkError(
      'conflict',
      `You are still coding “${blind.title}” on your own: agreement on it is measured once every coder has marked it done.`,
    )
  const articles: CodedArticle[] = summaries.map((summary) => {
    const indexed = index.get(summary.id)
    return {
      id: summary.id,
      length: indexed?.length ?? 0,
      statements: (indexed?.statements ?? [])
        .filter((statement) => !statement.consensus)
        .map((statement) => ({
          id: statement.id,
          coderId: coderIdOf(statement, catalog),
          start: statement.start,
          end: statement.end,
          speakerId: statement.speakerId,
          positionId: statement.positionId,
          stance: statement.stance,
        })),
    }
  })
  const coderIds = query.coderIds ?? codersIn(summaries, articles, catalog)
  const measured = measureAgreement(articles, coderIds)
  return {
    coders: coderIds.flatMap((id) => catalog.coders.filter((coder) => coder.id === id)),
    articles: articles.length,
    overall: measured.overall,
    perArticle: measured.articles.map((figures) => ({
      ...figures,
      title: catalog.articles[figures.articleId]?.title ?? '',
    })),
  }
}

/** The coders of the articles (their double coding's, else whoever coded them), in the archive's order. */
function codersIn(
  summaries: readonly ArticleSummary[],
  articles: readonly CodedArticle[],
  catalog: Catalog,
): string[] {
  const ids = new Set<string>()
  summaries.forEach((summary, i) => {
    if (summary.coding) summary.coding.coders.forEach((id) => ids.add(id))
    else articles[i].statements.forEach((statement) => ids.add(statement.coderId))
  })
  const known = catalog.coders.map((coder) => coder.id).filter((id) => ids.has(id))
  return [...known, ...[...ids].filter((id) => !known.includes(id))]
}
