import type { Contract, Handlers } from '../../shared/contract'
import { articleAnnotationFile } from '../annotations/handlers'
import type { NotebookContext } from '../context'
import { matchStatements } from '../statements/matchStatements'
import { readerOf } from '../registry/coders'
import { articleSeenBy } from '../agreement/blindCoding'
import { articleToMarkdown } from './articleToMarkdown'
import { exportStatements } from './exportStatements'

/** One article as a Markdown note (or its annotations); the statements as CSV or a network. */
export function handlers({
  archive,
  indexes,
}: NotebookContext): Pick<Handlers<Contract>, 'exportArticle' | 'exportStatements'> {
  const catalog = () => archive.catalog
  return {
    exportArticle: async (id, format) => {
      const article = articleSeenBy(await archive.readArticle(id), catalog(), readerOf(archive))
      if (format === 'web-annotation') return articleAnnotationFile(article, catalog())
      return articleToMarkdown(article, {
        speakers: new Map(Object.entries(catalog().speakers)),
        positions: new Map(Object.entries(catalog().positions)),
      })
    },

    exportStatements: async (filter, format) =>
      exportStatements(
        matchStatements(await indexes.statements(), catalog(), filter, readerOf(archive)),
        catalog(),
        format,
      ),
  }
}
