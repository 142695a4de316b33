import { StancemarkError } from '../../shared/errors'
import type { Article, Statement } from '../../shared/model'
import type { StatementRef } from '../../shared/statementRow'
import type { NotebookContext } from '../context'

/** The registry field of a statement that merges and deletes recode. */
export type CodedField = 'speakerId' | 'positionId'

const summaryField = { speakerId: 'speakerIds', positionId: 'positionIds' } as const

/** Moves every statement coded `from` to `to` (or clears the field), article by article; answers which. */
export async function recodeStatements(
  { archive, articles: writer }: NotebookContext,
  field: CodedField,
  from: string,
  to: string | undefined,
): Promise<StatementRef[]> {
  const moved: StatementRef[] = []
  const affected = Object.values(archive.catalog.articles).filter((a) =>
    a[summaryField[field]].includes(from),
  )
  for (const summary of affected) {
    const article = await archive.readArticle(summary.id)
    const statements: Record<string, Statement> = {}
    for (const [id, statement] of Object.entries(article.statements)) {
      const hit = statement[field] === from
      statements[id] = hit ? { ...statement, [field]: to } : statement
      if (hit) moved.push({ articleId: article.id, statementId: id })
    }
    await writer.save(article, { statements })
  }
  return moved
}

/**
 * Moves exactly these statements from `from` back to `to`, all or none: when any of them is gone
 * or coded otherwise since, nothing is written and `refusal` says how many.
 */
export async function recodeBack(
  { archive, articles: writer }: NotebookContext,
  field: CodedField,
  places: StatementRef[],
  from: string,
  to: string,
  refusal: (changedSince: number, total: number) => string,
): Promise<number> {
  const byArticle = new Map<string, StatementRef[]>()
  for (const place of places)
    byArticle.set(place.articleId, [...(byArticle.get(place.articleId) ?? []), place])
  const articles: Article[] = []
  let changedSince = 0
  for (const [articleId, here] of byArticle) {
    const article = await archive.readArticle(articleId).catch(() => undefined)
    for (const { statementId } of here)
      if (article?.statements[statementId]?.[field] !== from) changedSince++
    if (article) articles.push(article)
  }
  if (changedSince > 0) throw new StancemarkError('conflict', refusal(changedSince, places.length))
  for (const article of articles) {
    const ids = new Set(byArticle.get(article.id)!.map((place) => place.statementId))
    const statements = Object.fromEntries(
      Object.entries(article.statements).map(([id, statement]) => [
        id,
        ids.has(id) ? { ...statement, [field]: to } : statement,
      ]),
    )
    await writer.save(article, { statements })
  }
  return places.length
}
