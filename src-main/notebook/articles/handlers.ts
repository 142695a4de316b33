import type { Contract, Handlers } from '../../shared/contract'
import { docFromJSON } from '../../shared/document'
import { StancemarkError } from '../../shared/errors'
import { ArticleMeta } from '../../shared/model'
import type { NotebookContext } from '../context'
import { checkReferences } from '../registry/checkReferences'
import { reconcileStatements } from '../statements/statementMarks'
import { sampleHandlers } from './sampleHandlers'
import {
  articleSeenBy,
  checkTextFixed,
  withHiddenStatements,
  withStoredCoders,
} from '../agreement/blindCoding'
import { readerOf } from '../registry/coders'

type ArticleMethods =
  'getArticle' | 'updateArticle' | 'deleteArticle' | 'restoreArticle' | 'getSample' | 'removeSample'

const CONFLICT_MESSAGE =
  'This article was changed elsewhere (another window or a script) after you opened it, so your change was not saved over it.'

/** One article: read, saved as a whole (text, notes, details), to the trash and back; the sample. */
export function handlers(ctx: NotebookContext): Pick<Handlers<Contract>, ArticleMethods> {
  const { archive, exclusive, changed, articles } = ctx
  return {
    getArticle: async (id) =>
      articleSeenBy(await archive.readArticle(id), archive.catalog, readerOf(archive)),

    updateArticle: (id, patch) =>
      exclusive(async () => {
        const article = await archive.readArticle(id)
        if (patch.baseRevision !== article.revision)
          throw new StancemarkError('conflict', CONFLICT_MESSAGE)
        checkTextFixed(article, patch.body)
        const reader = readerOf(archive)
        // A coder coding blind saves what they see; the statements hidden from them are kept.
        const seen = articleSeenBy(article, archive.catalog, reader)
        const { body, statements: given } = withHiddenStatements(
          article,
          archive.catalog,
          reader,
          patch.body ?? seen.body,
          withStoredCoders(article, reader, patch.statements ?? seen.statements),
        )
        const statements = reconcileStatements(body, given)
        checkReferences(archive.catalog, statements)
        if (patch.notes) docFromJSON(patch.notes)
        const meta = ArticleMeta.parse({ ...article.meta, ...patch.meta })
        const saved = await articles.save(article, {
          meta,
          body,
          notes: patch.notes ?? article.notes,
          statements,
        })
        return articleSeenBy(saved, archive.catalog, reader)
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
