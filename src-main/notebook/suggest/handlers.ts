import type { Contract, Handlers } from '../../shared/contract'
import type { NotebookContext } from '../context'
import { articleSuggestions } from './articleSuggestions'
import { withRejection } from './withRejection'
import { articleSeenBy } from '../agreement/blindCoding'
import { readerOf } from '../registry/coders'

/** `suggestStatements` and `rejectSuggestion` over the archive. */
export function handlers({
  archive,
  exclusive,
  articles,
}: NotebookContext): Pick<Handlers<Contract>, 'suggestStatements' | 'rejectSuggestion'> {
  return {
    suggestStatements: async (articleId) =>
      // A coder coding blind: suggestions neither learn from nor skip over the others' statements.
      articleSuggestions(
        articleSeenBy(await archive.readArticle(articleId), archive.catalog, readerOf(archive)),
        Object.values(archive.catalog.speakers),
      ),

    rejectSuggestion: (articleId, rejection) =>
      exclusive(async () => {
        const article = await archive.readArticle(articleId)
        const rejectedSuggestions = withRejection(article, rejection)
        if (rejectedSuggestions === article.rejectedSuggestions)
          return { revision: article.revision }
        const saved = await articles.save(article, { rejectedSuggestions })
        return { revision: saved.revision }
      }),
  }
}
