import type { Contract, Handlers } from '../../shared/contract'
import type { Article } from '../../shared/model'
import type { ConflictList } from '../../shared/sync'
import { articleSeenBy } from '../agreement/blindCoding'
import type { NotebookContext } from '../context'
import { checkReferences } from '../registry/checkReferences'
import { readerOf } from '../registry/coders'
import { changeRegistry } from '../registry/changeRegistry'
import { settleConflict } from './settleConflict'
import { registryConflictRows, settleRegistryConflict } from './settleRegistryConflict'

type ConflictMethods = 'listConflicts' | 'settleConflict' | 'settleRegistryConflict'

/**
 * What a sync left to settle, and settling it in one click: an article's through the one save
 * path, the registry's as any change to it.
 */
export function conflictHandlers(ctx: NotebookContext): Pick<Handlers<Contract>, ConflictMethods> {
  const { archive, exclusive, changed, articles, now } = ctx
  const list = (): ConflictList => ({
    // The catalog's summaries count each article's conflicts: no article file is read.
    articles: Object.values(archive.catalog.articles)
      .filter((summary) => summary.conflicts)
      .sort((a, b) => a.title.localeCompare(b.title))
      .map((summary) => ({
        articleId: summary.id,
        title: summary.title,
        conflicts: summary.conflicts!,
      })),
    registry: registryConflictRows(archive.catalog),
  })
  return {
    listConflicts: () => list(),

    settleRegistryConflict: (choice) =>
      changeRegistry(ctx)((catalog) => {
        settleRegistryConflict(catalog, choice)
        return list()
      }),

    settleConflict: (id, choice) =>
      exclusive(async () => {
        const article = await archive.readArticle(id)
        const copyId = choice.kind === 'text' ? choice.key : undefined
        // The key is the page's: only an article of the catalog's own is a copy (not `__proto__`).
        const copy =
          copyId && Object.hasOwn(archive.catalog.articles, copyId)
            ? await copyOf(copyId, id)
            : undefined
        const { changes, trashCopy } = settleConflict(article, choice, now(), copy)
        if (changes.statements) checkReferences(archive.catalog, changes.statements)
        const saved = await articles.save(article, changes)
        if (trashCopy && Object.hasOwn(archive.catalog.articles, trashCopy)) {
          await archive.moveToTrash(trashCopy)
          changed(trashCopy)
        }
        return articleSeenBy(saved, archive.catalog, readerOf(archive))
      }),
  }

  /** The conflict copy `id` of article `of`; another article of that id is not it. */
  async function copyOf(id: string, of: string): Promise<Article | undefined> {
    const copy = await archive.readArticle(id)
    return copy.copyOf === of ? copy : undefined
  }
}
