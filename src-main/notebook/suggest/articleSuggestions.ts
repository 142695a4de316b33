import { docFromJSON } from '../../shared/document'
import type { Article, Speaker } from '../../shared/model'
import { plainText } from '../../shared/plainText'
import { statementSpans } from '../../shared/statementSpans'
import type { StatementSuggestion } from '../../shared/suggestion'
import { suggestStatements } from './suggestStatements'

/** The suggestions for an article: over its plain text, skipping its coded and rejected spans. */
export function articleSuggestions(
  article: Article,
  registry: readonly Speaker[],
): StatementSuggestion[] {
  const doc = docFromJSON(article.body)
  const plain = plainText(doc)
  return suggestStatements(plain.text, {
    registry,
    coded: statementSpans(doc, plain),
    rejected: article.rejectedSuggestions ?? [],
  })
}
