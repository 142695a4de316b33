import { docFromJSON } from '../../shared/document'
import type { Article } from '../../shared/model'
import { plainText } from '../../shared/plainText'
import { statementSpans, type StatementSpan } from '../../shared/statementSpans'

/** What the indexes take from an article: its words, and where its statements are in them. */
export interface ArticleText {
  title: string
  /** The body's plain text (blocks joined by a blank line). */
  text: string
  /** The analyst's notes as plain text. */
  notes: string
  spans: StatementSpan[]
}

/** Parses the body once for both the search index and the statement index. */
export function articleText(article: Article): ArticleText {
  const body = docFromJSON(article.body)
  const plain = plainText(body)
  return {
    title: article.meta.title,
    text: plain.text,
    notes: plainText(docFromJSON(article.notes)).text,
    spans: statementSpans(body, plain),
  }
}
