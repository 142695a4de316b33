import type { Contract, Handlers } from '../../shared/contract'
import { StancemarkError } from '../../shared/errors'
import { Article } from '../../shared/model'
import type { ArticleVersion } from '../../shared/sync'
import { articleSeenBy, checkTextFixed } from '../agreement/blindCoding'
import type { NotebookContext } from '../context'
import { currentCoder, readerOf } from '../registry/coders'
import { nameOrphans } from '../registry/nameOrphans'
import { summarize } from '../storage/catalog'
import { ARTICLE_FORMAT } from '../storage/articleFiles'
import { isSharedFile } from '../storage/sharedFiles'
import { commitChanges } from './commitChanges'
import { fileHistory, type FileVersion } from './fileHistory'
import { blobText } from './gitTrees'
import { versionChanges } from './versionChanges'

type HistoryMethods = 'articleHistory' | 'getArticleVersion' | 'restoreArticleVersion'

const NOT_A_VERSION = 'That is not a version of this article in the archive’s history.'
const REMOVED =
  'In that version the article had been removed from the archive; open the version before it.'

/** An article's history from the archive's git history: its versions, each shown or restored. */
export function historyHandlers(ctx: NotebookContext): Pick<Handlers<Contract>, HistoryMethods> {
  const { archive, exclusive, changed, articles } = ctx
  const reader = () => readerOf(archive)

  /** The versions of an article's file, each read at most once. */
  async function historyOf(id: string) {
    // The id passed the Id schema: letters, digits, - and _ only, so the path stays in articles/.
    const versions = await fileHistory(archive.dir, `articles/${id}.json`)
    const read = new Map<string, Promise<Article | undefined>>()
    const articleIn = (blob: string | undefined) => {
      if (!blob) return Promise.resolve(undefined)
      if (!read.has(blob)) read.set(blob, articleOf(archive.dir, blob))
      return read.get(blob)!
    }
    const described = async (version: FileVersion): Promise<ArticleVersion> => ({
      commit: version.commit.oid,
      at: new Date(version.commit.commit.author.timestamp * 1000).toISOString(),
      author: version.commit.commit.author.name,
      changes: versionChanges(await articleIn(version.before), await articleIn(version.blob)),
    })
    return { versions, described, articleIn }
  }

  /** One version of the article, which must be one its history lists and must hold it. */
  async function versionOf(id: string, commit: string) {
    const { versions, described, articleIn } = await historyOf(id)
    const found = versions.find((version) => version.commit.oid === commit)
    if (!found) throw new StancemarkError('not-found', NOT_A_VERSION)
    const article = await articleIn(found.blob)
    if (!article) throw new StancemarkError('not-found', REMOVED)
    return { version: await described(found), article }
  }

  return {
    articleHistory: async (id) => {
      const { versions, described } = await historyOf(id)
      return Promise.all(versions.map(described))
    },

    getArticleVersion: async (id, commit) => {
      const { version, article } = await versionOf(id, commit)
      return { version, article: articleSeenBy(article, archive.catalog, reader()) }
    },

    restoreArticleVersion: (id, commit) =>
      exclusive(async () => {
        const { article: old } = await versionOf(id, commit)
        // What it is now, if not synced yet, goes into the history first: restorable in turn.
        const coder = currentCoder(archive.catalog, archive.localCoder)
        await commitChanges(
          archive.dir,
          isSharedFile,
          { name: coder.name, email: `${coder.id}@coders.stancemark.invalid` },
          ctx.now(),
          [`articles/${id}.json`],
        )
        // Its speakers or positions may have left the registry since: named again, coding kept.
        if (nameOrphans(archive.catalog, [summarize(old)])) {
          await archive.saveCatalog()
          changed()
        }
        const restored = {
          meta: old.meta,
          body: old.body,
          notes: old.notes,
          statements: old.statements,
          rejectedSuggestions: old.rejectedSuggestions,
        }
        let current = archive.catalog.articles[id] ? await archive.readArticle(id) : undefined
        if (!current) current = await archive.restoreFromTrash(id).catch(() => undefined)
        if (current) checkTextFixed(current, old.body)
        // An article gone from the archive comes back as it was then, without that day's conflicts.
        const saved = current
          ? await articles.save(current, restored)
          : await articles.save({ ...old, id, conflicts: undefined }, {})
        return articleSeenBy(saved, archive.catalog, reader())
      }),
  }
}

/** An article as a version of its file holds it; undefined when it cannot be read. */
async function articleOf(dir: string, blob: string): Promise<Article | undefined> {
  let json: unknown
  try {
    json = JSON.parse((await blobText(dir, blob)) ?? '')
  } catch {
    return undefined
  }
  const format = (json as { schemaVersion?: unknown }).schemaVersion
  if (typeof format === 'number' && format > ARTICLE_FORMAT)
    throw new StancemarkError(
      'unsupported-format',
      'That version was saved by a newer version of Stancemark; update Stancemark to open it.',
    )
  const parsed = Article.safeParse(json)
  return parsed.success ? parsed.data : undefined
}
