import { access } from 'node:fs/promises'
import { join } from 'node:path'
import { StancemarkError } from '../../shared/errors'
import type { Article, ArticleSummary } from '../../shared/model'
import type { ArchiveNotices } from './archiveNotices'
import { articleName } from './articleName'
import type { ArticleFiles } from './articleFiles'
import { type Catalog, summarize } from './catalog'
import { DamagedFileError, NewerFileError } from './jsonFile'

/**
 * The catalog's list of articles kept true to the article files: a summary and a file stamp per
 * file, and the articles set aside (quarantined, or of a newer format) with why.
 */
export class ArticleList {
  /** Why an article that was listed is gone: moved to quarantine, for readArticle to say. */
  readonly setAside = new Map<string, StancemarkError>()
  /** Whether the list changed since the catalog was last written. */
  changed = false
  readonly #dir: string
  readonly #catalog: Catalog
  readonly #files: ArticleFiles
  readonly #notices: ArchiveNotices
  readonly #readOnly: boolean

  constructor(
    dir: string,
    catalog: Catalog,
    files: ArticleFiles,
    notices: ArchiveNotices,
    readOnly: boolean,
  ) {
    this.#dir = dir
    this.#catalog = catalog
    this.#files = files
    this.#notices = notices
    this.#readOnly = readOnly
  }

  /** Takes an unreadable article off the list: quarantine for a damaged file, a newer one stays. */
  async putAside(id: string, error: unknown): Promise<void> {
    const name = articleName(id, this.#catalog.articles[id]?.title, error)
    if (error instanceof NewerFileError) {
      const message = `${name} was saved by a newer version of Stancemark; this version leaves it as it is. Update Stancemark to open it.`
      this.#notices.tell(`newer:${id}`, message)
      this.setAside.set(id, new StancemarkError('unsupported-format', message))
    } else if (error instanceof DamagedFileError) {
      await this.#notices.quarantine(error.file, `${name} could not be read`, error.reason)
      const moved = this.#readOnly ? 'was left in place' : 'was moved to quarantine'
      this.setAside.set(id, new StancemarkError('io', `${name} could not be read and ${moved}.`))
    } else {
      throw error
    }
    this.drop(id)
  }

  /**
   * Makes the catalog list the article files that are really there: those gone are taken off,
   * those it does not know are read. Answers the summaries it made. Whether the files it knows
   * changed since is for Archive.checkFiles.
   */
  async reconcile(ids: string[]): Promise<ArticleSummary[]> {
    const onDisk = new Set(ids)
    for (const [id, summary] of Object.entries(this.#catalog.articles)) {
      if (!onDisk.has(id)) await this.missing(id, summary)
    }
    const unknown = ids.filter((id) => !this.#catalog.articles[id])
    return this.reread(unknown, this.#files.stampsNow(unknown))
  }

  /** Summarises the article files of ids afresh; one that cannot be read is set aside. */
  async reread(ids: string[], stamps: Map<string, string | undefined>): Promise<ArticleSummary[]> {
    const summaries: ArticleSummary[] = []
    for (const id of ids) {
      try {
        const article = await this.#files.read(id)
        if (!article) continue
        this.summarize(article, stamps.get(id))
        summaries.push(this.#catalog.articles[id])
      } catch (error) {
        await this.putAside(id, error)
      }
    }
    return summaries
  }

  /** An article whose file is gone: off the list, and the analyst told unless it was being trashed. */
  async missing(id: string, summary: ArticleSummary): Promise<void> {
    this.drop(id)
    const trashed = await access(join(this.#dir, 'trash', `${id}.json`)).then(
      () => true,
      () => false,
    )
    if (trashed) return
    this.#notices.tell(
      `missing:${id}`,
      `The file of the article “${summary.title}” (articles/${id}.json) is missing from the archive folder, so it was taken off the list. A backup may still have it.`,
    )
  }

  summarize(article: Article, stamp: string | undefined): void {
    this.changed = true
    this.#catalog.articles[article.id] = summarize(article)
    if (stamp) this.#catalog.fileStamps[article.id] = stamp
    else delete this.#catalog.fileStamps[article.id]
  }

  drop(id: string): void {
    this.changed = true
    delete this.#catalog.articles[id]
    delete this.#catalog.fileStamps[id]
    this.#files.forget(id)
  }
}
