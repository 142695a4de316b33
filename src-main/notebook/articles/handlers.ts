import type { Contract, Handlers } from '../../shared/contract'
import { docFromJSON } from '../../shared/document'
import { StancemarkError } from '../../shared/errors'
import { ArticleMeta } from '../../shared/model'
import type { NotebookContext } from '../context'
import { checkReferences } from '../registry/checkReferences'
import { reconcileStatements } from '../statements/statementMarks'
import { sampleHandlers } from './sampleHandlers'

type ArticleMethods =
  'getArticle' | 'updateArticle' | 'deleteArticle' | 'restoreArticle' | 'getSample' | 'removeSample'

const CONFLICT_MESSAGE =
  'This article was changed elsewhere (another window or a script) after you opened it, so your change was not saved over it.'

/** One article: read, saved as a whole (text, notes, details), to the trash and back; the sample. */
export function handlers(ctx: NotebookContext): Pick<Handlers<Contract>, ArticleMethods> {
  const { archive, exclusive, changed, articles } = ctx
  return {
    getArticle: (id) => archive.readArticle(id),

    updateArticle: (id, patch) =>
      exclusive(async () => {
        const article = await archive.readArticle(id)
        if (patch.baseRevision !== article.revision)
          throw new StancemarkError('conflict', CONFLICT_MESSAGE)
        const body = patch.body ?? article.body
        const statements = reconcileStatements(body, patch.statements ?? article.statements)
        checkReferences(archive.catalog, statements)
        if (patch.notes) docFromJSON(patch.notes)
        const meta = ArticleMeta.parse({ ...article.meta, ...patch.meta })
        return articles.save(article, {
          meta,
          body,
          notes: patch.notes ?? article.notes,
          statements,
        })
      }),

    deleteArticle: (id) =>
      exclusive(async () => {
        await archive.moveToTrash(id)
        changed(id)
        return { id }
      }),

    restoreArticle: (id) =>
      exclusive(async () => {
        await archive.restoreFromTrash(id)
        changed(id)
        return archive.catalog.articles[id]
      }),

    ...sampleHandlers(ctx),
  }
}
