import { mkdir, readdir, rename } from 'node:fs/promises'
import { basename, join, relative } from 'node:path'
import { Low } from 'lowdb'
import { StancemarkError } from '../shared/errors'
import { Article } from '../shared/model'
import type { Notice } from '../shared/contract'
import { Catalog, SCHEMA_VERSION, emptyCatalog, migrate, summarize } from './catalog'
import { DamagedFileError, ValidatedJSONFile } from './jsonFile'

const CACHED_ARTICLES = 64

/**
 * The archive folder: `stancemark.json` (catalog), `articles/<id>.json`, `trash/`, `quarantine/`.
 * Article file first, catalog second; a damaged file is moved to quarantine/, never overwritten.
 */
export class Archive {
  readonly dir: string
  readonly notices: Notice[] = []
  readonly #catalog: Low<Catalog>
  readonly #files = new Map<string, ValidatedJSONFile<Article>>()
  readonly #cache = new Map<string, Article>()

  private constructor(dir: string, catalog: Low<Catalog>) {
    this.dir = dir
    this.#catalog = catalog
  }

  /** Opens (or creates) the archive in dir. `isNew` is true when there was nothing there yet. */
  static async open(dir: string): Promise<{ archive: Archive; isNew: boolean }> {
    for (const sub of ['articles', 'trash', 'quarantine'])
      await mkdir(join(dir, sub), { recursive: true })
    const file = join(dir, 'stancemark.json')
    const catalog = new Low(new ValidatedJSONFile(file, Catalog), emptyCatalog())
    const archive = new Archive(dir, catalog)
    let found = true
    try {
      const data = await catalog.adapter.read()
      found = data !== null
      if (data) catalog.data = data
      if (catalog.data.schemaVersion > SCHEMA_VERSION) {
        throw new StancemarkError(
          'unsupported-format',
          `The archive in ${dir} was written by a newer version of Stancemark. Update Stancemark to open it.`,
        )
      }
    } catch (error) {
      if (!(error instanceof DamagedFileError)) throw error
      await archive.quarantine(file, 'The archive index (stancemark.json) was damaged')
      catalog.data = emptyCatalog()
    }
    catalog.data = migrate(catalog.data)
    const articleFiles = await archive.#articleIds()
    const isNew = !found && articleFiles.length === 0
    await archive.#reconcile(articleFiles)
    await catalog.write()
    return { archive, isNew }
  }

  get catalog(): Catalog {
    return this.#catalog.data
  }

  saveCatalog(): Promise<void> {
    return this.#catalog.write()
  }

  async readArticle(id: string): Promise<Article> {
    const cached = this.#cache.get(id)
    if (cached) return cached
    const summary = this.catalog.articles[id]
    if (!summary)
      throw new StancemarkError(
        'not-found',
        'This article is not in the archive (it may have been deleted).',
      )
    let article: Article | null
    try {
      article = await this.#file(id).read()
    } catch (error) {
      if (!(error instanceof DamagedFileError)) throw error
      await this.quarantine(error.file, `The article “${summary.title}” could not be read`)
      delete this.catalog.articles[id]
      await this.saveCatalog()
      throw new StancemarkError(
        'io',
        `The article “${summary.title}” could not be read and was moved to quarantine.`,
      )
    }
    if (!article) {
      delete this.catalog.articles[id]
      await this.saveCatalog()
      throw new StancemarkError(
        'not-found',
        `The file of “${summary.title}” is missing from the archive folder.`,
      )
    }
    this.#remember(article)
    return article
  }

  /** Writes the article file, then its summary in the catalog. */
  async writeArticle(article: Article): Promise<void> {
    await this.#file(article.id).write(article)
    this.#remember(article)
    this.catalog.articles[article.id] = summarize(article)
    await this.saveCatalog()
  }

  async moveToTrash(id: string): Promise<void> {
    await this.readArticle(id)
    await rename(this.#path(id), join(this.dir, 'trash', `${id}.json`))
    this.#forget(id)
    delete this.catalog.articles[id]
    await this.saveCatalog()
  }

  async restoreFromTrash(id: string): Promise<Article> {
    const trashed = new ValidatedJSONFile(join(this.dir, 'trash', `${id}.json`), Article)
    const article = await trashed.read().catch(() => null)
    if (!article) throw new StancemarkError('not-found', 'This article is not in the trash.')
    await rename(join(this.dir, 'trash', `${id}.json`), this.#path(id))
    this.#remember(article)
    this.catalog.articles[id] = summarize(article)
    await this.saveCatalog()
    return article
  }

  /** Moves a file aside to quarantine/ and tells the analyst about it. */
  async quarantine(file: string, what: string): Promise<void> {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    const target = join(this.dir, 'quarantine', `${stamp}-${basename(file)}`)
    await rename(file, target)
    this.notices.push({
      id: relative(this.dir, target),
      message: `${what} and was moved to ${relative(this.dir, target)}. Nothing else was affected.`,
    })
  }

  async #articleIds(): Promise<string[]> {
    const names = await readdir(join(this.dir, 'articles'))
    return names
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.slice(0, -'.json'.length))
  }

  /** Makes the catalog agree with the article files that are really there. */
  async #reconcile(ids: string[]): Promise<void> {
    const onDisk = new Set(ids)
    for (const id of Object.keys(this.catalog.articles)) {
      if (!onDisk.has(id)) delete this.catalog.articles[id]
    }
    for (const id of ids) {
      if (this.catalog.articles[id]) continue
      try {
        const article = await this.#file(id).read()
        if (article) this.catalog.articles[id] = summarize(article)
      } catch (error) {
        if (!(error instanceof DamagedFileError)) throw error
        await this.quarantine(error.file, `An article file (${id}.json) could not be read`)
      }
    }
  }

  #path(id: string): string {
    return join(this.dir, 'articles', `${id}.json`)
  }

  #file(id: string): ValidatedJSONFile<Article> {
    let file = this.#files.get(id)
    if (!file) {
      file = new ValidatedJSONFile(this.#path(id), Article)
      this.#files.set(id, file)
    }
    return file
  }

  #remember(article: Article): void {
    this.#cache.delete(article.id)
    this.#cache.set(article.id, article)
    if (this.#cache.size > CACHED_ARTICLES)
      this.#cache.delete(this.#cache.keys().next().value as string)
  }

  #forget(id: string): void {
    this.#cache.delete(id)
    this.#files.delete(id)
  }
}
