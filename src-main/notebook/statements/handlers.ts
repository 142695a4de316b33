import type { Contract, Handlers } from '../../shared/contract'
import { docFromJSON } from '../../shared/document'
import { StancemarkError } from '../../shared/errors'
import type { Article, Statement } from '../../shared/model'
import { plainText } from '../../shared/plainText'
import type { NotebookContext } from '../context'
import { newId } from '../newId'
import { checkReferences } from '../registry/checkReferences'
import { resolvePosition } from '../registry/positions'
import { resolveSpeaker } from '../registry/speakers'
import { currentCoder, readerOf, resolveCoder } from '../registry/coders'
import { articleSeenBy } from '../agreement/blindCoding'
import { codesBlind } from '../agreement/readingRule'
import { resolveAnchor } from './anchor'
import { bulkUpdateStatements } from './bulkUpdateStatements'
import { patchStatement } from './patchStatement'
import { markStatement, unmarkStatement } from './statementMarks'
import { statementQueries } from './statementQueries'
import { suggestedFrom } from '../suggest/suggestedFrom'

type StatementMethods =
  | 'addStatement'
  | 'updateStatement'
  | 'removeStatement'
  | 'bulkUpdateStatements'
  | 'queryStatements'
  | 'exploreStatements'

/** Statements: marked on an article's words, coded, changed one by one or many at once, queried. */
export function handlers(ctx: NotebookContext): Pick<Handlers<Contract>, StatementMethods> {
  const { archive, exclusive, articles } = ctx
  const stamp = () => ctx.now().toISOString()
  /** The statements the current coder may change: while they code blind, only their own. */
  const visible = (article: Article) =>
    articleSeenBy(article, archive.catalog, readerOf(archive)).statements
  return {
    addStatement: (articleId, input) =>
      exclusive(async () => {
        const article = await archive.readArticle(articleId)
        const text = plainText(docFromJSON(article.body)).text
        const { start, end } = resolveAnchor(text, input.anchor)
        const speaker = input.speaker && resolveSpeaker(archive.catalog, input.speaker)
        const position = input.position && resolvePosition(archive.catalog, input.position)
        const reader = currentCoder(archive.catalog, archive.localCoder)
        // A coder coding the article blind adds to their own layer alone.
        const coder =
          input.coder && !codesBlind(article.coding, reader.id)
            ? resolveCoder(archive.catalog, input.coder)
            : reader
        const statement: Statement = {
          id: newId(),
          coderId: coder.id,
          speakerId: speaker?.id,
          positionId: position?.id,
          stance: input.stance,
          tags: input.tags,
          note: input.note,
          cue: input.cue || undefined,
          mode: input.mode,
          suggested: suggestedFrom(archive.catalog, input.fromSuggestion),
          createdAt: stamp(),
          updatedAt: stamp(),
        }
        const body = markStatement(article.body, start, end, statement.id)
        const statements = { ...article.statements, [statement.id]: statement }
        const saved = await articles.save(article, { body, statements })
        return { statement, quote: text.slice(start, end), revision: saved.revision }
      }),

    updateStatement: (articleId, statementId, patch) =>
      exclusive(async () => {
        const article = await archive.readArticle(articleId)
        const statement = visible(article)[statementId]
        if (!statement)
          throw new StancemarkError('not-found', 'That statement is not in this article.')
        const next: Statement = { ...patchStatement(statement, patch), updatedAt: stamp() }
        checkReferences(archive.catalog, { [statementId]: next })
        await articles.save(article, { statements: { ...article.statements, [statementId]: next } })
        return next
      }),

    removeStatement: (articleId, statementId) =>
      exclusive(async () => {
        const article = await archive.readArticle(articleId)
        if (!visible(article)[statementId])
          throw new StancemarkError('not-found', 'That statement is not in this article.')
        const statements = { ...article.statements }
        delete statements[statementId]
        const saved = await articles.save(article, {
          body: unmarkStatement(article.body, statementId),
          statements,
        })
        return { revision: saved.revision }
      }),

    bulkUpdateStatements: (refs, patch) => exclusive(() => bulkUpdateStatements(ctx, refs, patch)),

    ...statementQueries(ctx),
  }
}
