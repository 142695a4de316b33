import { docFromJSON } from '../../shared/document'
import { StancemarkError } from '../../shared/errors'
import type { Article, RejectedSuggestion } from '../../shared/model'
import { plainText } from '../../shared/plainText'
import type { SuggestionRejection } from '../../shared/suggestion'

/**
 * The article's rejected suggestions with one more; the same list when it was already there.
 * The words must be in the text (where the offsets say, or elsewhere if the text moved).
 */
export function withRejection(
  article: Article,
  rejection: SuggestionRejection,
): RejectedSuggestion[] | undefined {
  const { exact, start } = rejection
  const text = plainText(docFromJSON(article.body)).text
  if (text.slice(start, rejection.end) !== exact && !text.includes(exact)) {
    throw new StancemarkError('not-found', 'Those words are no longer in the article’s text.')
  }
  const rejected = article.rejectedSuggestions ?? []
  if (rejected.some((r) => r.exact === exact && r.start === start))
    return article.rejectedSuggestions
  return [...rejected, { exact, start }]
}
