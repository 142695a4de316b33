import { docFromJSON } from '../../shared/document'
import { StancemarkError } from '../../shared/errors'
import type { Article, DocJSON, Statement } from '../../shared/model'
import { plainText } from '../../shared/plainText'
import { statementSpans } from '../../shared/statementSpans'
import type { Catalog } from '../storage/catalog'
import { markStatements, unmarkStatements } from '../statements/statementMarks'
import { codesBlind } from './readingRule'
import { coderIdOf } from '../registry/coders'

/** The statements of an article that `reader` may not see while coding it blind (none otherwise). */
export function hiddenStatements(article: Article, catalog: Catalog, reader: string): Statement[] {
  if (!codesBlind(article.coding, reader)) return []
  return Object.values(article.statements).filter(
    (statement) => statement.consensus || coderIdOf(statement, catalog) !== reader,
  )
}

/** The article as `reader` sees it: while they code it blind, nothing of the others' statements. */
export function articleSeenBy(article: Article, catalog: Catalog, reader: string): Article {
  const hidden = hiddenStatements(article, catalog, reader)
  if (hidden.length === 0) return article
  const ids = new Set(hidden.map((statement) => statement.id))
  const statements = Object.fromEntries(
    Object.entries(article.statements).filter(([id]) => !ids.has(id)),
  )
  return { ...article, body: unmarkStatements(article.body, ids), statements }
}

const TEXT_FIXED =
  'The text of this article cannot be edited while it is being double coded: every coder marks the same words. Its statements, notes and details can still be changed.'

/** Refuses a body whose text differs from the article's while the article is double coded. */
export function checkTextFixed(article: Article, body: DocJSON | undefined): void {
  if (!article.coding || !body || body === article.body) return
  const before = plainText(docFromJSON(article.body)).text
  if (plainText(docFromJSON(body)).text !== before)
    throw new StancemarkError('conflict', TEXT_FIXED)
}

/**
 * What a save from `reader` writes: their body and statements with the statements hidden from them
 * kept, each marked again where it was (the text cannot have changed under double coding).
 */
export function withHiddenStatements(
  article: Article,
  catalog: Catalog,
  reader: string,
  body: DocJSON,
  statements: Record<string, Statement>,
): { body: DocJSON; statements: Record<string, Statement> } {
  const hidden = hiddenStatements(article, catalog, reader)
  if (hidden.length === 0) return { body, statements }
  const ids = new Set(hidden.map((statement) => statement.id))
  const places = statementSpans(docFromJSON(article.body)).filter((span) => ids.has(span.id))
  // A coder who cannot see them cannot have marked them: any such mark is theirs no more.
  const own = unmarkStatements(body, ids)
  return {
    body: markStatements(own, places),
    statements: {
      ...Object.fromEntries(Object.entries(statements).filter(([id]) => !ids.has(id))),
      ...Object.fromEntries(hidden.map((statement) => [statement.id, statement])),
    },
  }
}

/**
 * The statements a save gives, with whose each one is and whether it is the consensus taken from
 * the archive, never from the page: a statement already there keeps its own; a new one (marked
 * in the window) is the reader's and never the consensus, which only adjudication makes.
 */
export function withStoredCoders(
  article: Article,
  reader: string,
  statements: Record<string, Statement>,
): Record<string, Statement> {
  return Object.fromEntries(
    Object.entries(statements).map(([id, given]) => {
      const { coderId: _coderId, consensus: _consensus, ...rest } = given
      const stored = Object.hasOwn(article.statements, id) ? article.statements[id] : undefined
      const coderId = stored ? stored.coderId : reader
      return [
        id,
        {
          ...rest,
          ...(coderId !== undefined && { coderId }),
          ...(stored?.consensus && { consensus: stored.consensus }),
        },
      ]
    }),
  )
}
