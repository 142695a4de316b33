import type { Contract, Handlers } from '../../shared/contract'
import type { Article } from '../../shared/model'
import type { Archive } from '../storage/archive'
import { articleSuggestions } from './articleSuggestions'
import { withRejection } from './withRejection'

/** `suggestStatements` and `rejectSuggestion` over the archive. */
export function suggestionHandlers(
  archive: Archive,
  exclusive: <T>(job: () => Promise<T>) => Promise<T>,
  saveArticle: (previous: Article, changes: Partial<Article>) => Promise<Article>,
): Pick<Handlers<Contract>, 'suggestStatements' | 'rejectSuggestion'> {
  return {
    suggestStatements: async (articleId) =>
      articleSuggestions(
        await archive.readArticle(articleId),
        Object.values(archive.catalog.speakers),
      ),

    rejectSuggestion: (articleId, rejection) =>
      exclusive(async () => {
        const article = await archive.readArticle(articleId)
        const rejectedSuggestions = withRejection(article, rejection)
        if (rejectedSuggestions === article.rejectedSuggestions)
          return { revision: article.revision }
        const saved = await saveArticle(article, { rejectedSuggestions })
        return { revision: saved.revision }
      }),
  }
}
