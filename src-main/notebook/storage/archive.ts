import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { messageOf, StancemarkError } from '../../shared/errors'
import { Article, type ArticleSummary } from '../../shared/model'
import type { LockHolder, Notice } from '../../shared/contract'
import { ArchiveNotices } from './archiveNotices'
import { ArticleList } from './articleList'
import { folderNames } from './articleFileNames'
import { ARTICLE_FORMAT, ArticleFiles, idsOf } from './articleFiles'
import { readLocalCoder, writeLocalCoder } from './localCoder'
import { readOnlyMessage, takeArchiveLock, type ArchiveLock } from './archiveLock'
import { Backups } from './backups'
import { readLayout } from './archiveLayout'
import { type Catalog, CatalogFile, SCHEMA_VERSION, cacheOf, emptyCatalog } from './catalog'
import { FileThread } from './fileThread'
import { diskTrouble } from './diskTrouble'
import { ValidatedJSONFile } from './jsonFile'
import { putRegistry, REGISTRY_FILE, registryOf, RegistryFile } from './registryFile'
import { reloadRegistry } from './reloadRegistry'
import { isSharedFile, writeGitignore } from './sharedFiles'
import { LaterWrite } from './laterWrite'
import { moveFile } from './moveFile'
import { nameOrphans } from '../registry/nameOrphans'
import { prepareFolders } from './prepareFolders'
import { recoverRegistry } from '../registry/recoverRegistry'

export interface ArchiveOptions {
  /** The clock: when backups are due and what they are named. @default the system clock */
  now?: () => Date
  /** What opens the archive, written into its lock for another process to name. @default 'script' */
  app?: LockHolder['app']
}

/**
 * The archive folder: shared, `articles/<id>.json`, `registry.json` and `.gitignore`; this
 * machine's, `stancemark.json` (the catalog: a cache of summaries), `trash/`, `quarantine/`,
 * `backups/`, and `stancemark.lock` while a process has it open for writing. Article file first,
 * registry second, catalog last; a damaged file is moved to quarantine/, never overwritten. A
 * second process gets the archive read-only: every write is refused with `conflict`.
 */
export class Archive {
  readonly dir: string
  readonly backups: Backups
  /** Who has the archive open for writing, when it is not this process. */
  readonly lockedBy: LockHolder | undefined
  readonly #lock: ArchiveLock | undefined
  readonly #catalog: Catalog
  readonly #cacheFile: ValidatedJSONFile<CatalogFile>
  readonly #registry: RegistryFile
  /** Set when a sync brought a registry.json of a newer format: it is never written over. */
  #registryRefused: StancemarkError | undefined
  readonly #articles: ArticleFiles
  readonly #notices: ArchiveNotices
  /** The catalog's list of articles, kept true to the article files. */
  readonly #list: ArticleList
  /**
   * After an article is saved, its summary reaches the catalog file a moment later: the article
   * file is what counts, and the next open re-reads any file whose stamp the catalog does not have.
   * A save costs the article, not the archive's catalog.
   */
  readonly #catalogLater: LaterWrite
  /** Whether opening changed the catalog (rebuilt, repaired, migrated) and it needs writing. */
  #repaired = false
  #closed = false
  #localCoder: string | undefined
  /** The thread the article files are read and written in. */
  readonly #files: FileThread

  private constructor(
    dir: string,
    catalog: Catalog,
    now: () => Date,
    access: { lock: ArchiveLock } | { heldBy: LockHolder },
    files: FileThread,
  ) {
    this.dir = dir
    this.#catalog = catalog
    this.#cacheFile = new ValidatedJSONFile(join(dir, 'stancemark.json'), CatalogFile, {
      version: SCHEMA_VERSION,
      compact: true,
    })
    this.#registry = new RegistryFile(dir)
    this.#files = files
    this.#articles = new ArticleFiles(dir, files)
    this.backups = new Backups(dir, now, files)
    this.#lock = 'lock' in access ? access.lock : undefined
    this.lockedBy = 'heldBy' in access ? access.heldBy : undefined
    this.#notices = new ArchiveNotices(dir, this.readOnly)
    this.#list = new ArticleList(dir, catalog, this.#articles, this.#notices, this.readOnly)
    this.#catalogLater = new LaterWrite(async () => {
      if (!this.readOnly && !this.#closed) await this.#writeFiles()
    })
  }

  /**
   * Opens (or creates) the archive in dir, repairing what a crash or a damaged file left.
   * `isNew` is true when there was nothing there yet.
   */
  static async open(
    dir: string,
    options: ArchiveOptions = {},
  ): Promise<{ archive: Archive; isNew: boolean }> {
    try {
      return await Archive.#open(dir, options)
    } catch (error) {
      // A disk full or read-only at open (the lock, a repair, a migration) is said plainly.
      const trouble = error instanceof StancemarkError ? undefined : diskTrouble(error)
      if (!trouble) throw error
      throw new StancemarkError('io', `The archive could not be opened. ${trouble.message}`)
    }
  }

  static async #open(
    dir: string,
    options: ArchiveOptions,
  ): Promise<{ archive: Archive; isNew: boolean }> {
    const now = options.now ?? (() => new Date())
    await mkdir(dir, { recursive: true })
    const access = await takeArchiveLock(dir, options.app ?? 'script', now())
    const files = new FileThread()
    try {
      return await Archive.#load(dir, now, access, files)
    } catch (error) {
      await files.close()
      if ('lock' in access) await access.lock.release()
      throw error
    }
  }

  static async #load(
    dir: string,
    now: () => Date,
    access: { lock: ArchiveLock } | { heldBy: LockHolder },
    files: FileThread,
  ): Promise<{ archive: Archive; isNew: boolean }> {
    const archive = new Archive(dir, emptyCatalog(), now, access, files)
    const layout = await readLayout(dir, archive.#cacheFile, archive.#registry, archive.#notices)
    Object.assign(archive.#catalog, layout.catalog)
    // The articles/ folder is listed once: for the temp files a crash left, and for the articles.
    const names = await folderNames(archive.#articles.dir)
    if (!archive.readOnly) await prepareFolders(dir, names)
    archive.#repaired = layout.catalogStale
    const articleFiles = idsOf(names)
    const registryLost = layout.registryFrom === 'none'
    const isNew =
      layout.cacheLost &&
      registryLost &&
      !layout.registryDamaged &&
      articleFiles.length === 0 &&
      !(await archive.backups.list()).length
    // The archive as it was before its layout changed is kept first (DESIGN.md §5).
    if (layout.registryFrom === 'catalog' && !archive.readOnly)
      await archive.backups.snapshot('before-migration')
    const read = await archive.#list.reconcile(articleFiles)
    // A new archive has nothing to keep until it has been worked on for an hour.
    if (isNew) archive.backups.startedEmpty()
    if (registryLost && !isNew) {
      const recovered = await recoverRegistry(archive.catalog, archive.backups)
      const what =
        layout.registryDamaged ?? `The speakers, positions and coders (registry.json) were missing`
      archive.#notices.tell('registry', `${what}; ${recovered}.`)
      archive.#nameOrphans(Object.values(archive.catalog.articles))
    } else if (layout.registryDamaged) {
      archive.#notices.tell(
        'registry',
        `${layout.registryDamaged}; they were taken from the archive index.`,
      )
    }
    if (layout.cacheDamaged) {
      const rebuilt = `The list of articles was rebuilt from the ${articleFiles.length} article files; nothing else was affected.`
      archive.#notices.tell('catalog', `${layout.cacheDamaged} ${rebuilt}`)
    }
    archive.#nameOrphans(read)
    if (archive.#registry.differs(registryOf(archive.catalog))) archive.#repaired = true
    await archive.#saveRepairs()
    if (!archive.readOnly) await writeGitignore(dir)
    archive.#localCoder = await readLocalCoder(dir)
    return { archive, isNew }
  }

  /** What the analyst should know: files moved to quarantine, articles missing, registry recovered. */
  get notices(): Notice[] {
    return this.#notices.list
  }

  get readOnly(): boolean {
    return this.lockedBy !== undefined
  }

  /** The answer to every change asked of a read-only archive. */
  readOnlyError(): StancemarkError {
    return new StancemarkError('conflict', this.lockedBy ? readOnlyMessage(this.lockedBy) : '')
  }

  /** Writes now a catalog put off since the last save: the files on disk are the archive as it is. */
  async flushCatalog(): Promise<void> {
    await this.#catalogLater.flush()
  }

  /** Lets another process have the archive: removes our lock. Nothing is written after this. */
  async close(): Promise<void> {
    await this.flushCatalog()
    await this.backups.settled()
    this.#closed = true
    await this.#files.close()
    await this.#lock?.release()
  }

  get catalog(): Catalog {
    return this.#catalog
  }

  /** The coder chosen on this machine (`local/coder.json`), if one was. */
  get localCoder(): string | undefined {
    return this.#localCoder
  }

  async setLocalCoder(coderId: string): Promise<void> {
    if (this.readOnly) throw this.readOnlyError()
    await writeLocalCoder(this.dir, coderId)
    this.#localCoder = coderId
  }

  async saveCatalog(): Promise<void> {
    await this.#beforeChange()
    this.#catalogLater.cancel()
    await this.#writeFiles()
  }

  /**
   * Reads again the shared files a sync wrote into the folder (paths from the archive's folder,
   * with `/`): the registry, and each article named, its summary and stamp made afresh; a damaged
   * file is quarantined, an article whose file is gone taken off the list. Answers the articles
   * read again and whether the registry was.
   */
  async reloadShared(
    paths: readonly string[],
  ): Promise<{ articleIds: string[]; registry: boolean }> {
    if (this.#closed) throw new StancemarkError('conflict', 'This archive has been closed.')
    const shared = paths.filter(isSharedFile)
    const ids = shared
      .filter((path) => path.startsWith('articles/'))
      .map((path) => path.slice('articles/'.length, -'.json'.length))
    const registry = shared.includes(REGISTRY_FILE)
    if (registry) {
      const reloaded = await reloadRegistry(this.#registry, this.catalog, this.#notices)
      this.#registryRefused = reloaded.refused
      if (reloaded.rewrite) this.#repaired = true
    }
    const stamps = this.#articles.stampsNow(ids)
    for (const id of ids) {
      this.#articles.forget(id)
      this.#list.setAside.delete(id)
      if (stamps.get(id) === undefined && this.catalog.articles[id]) this.#list.drop(id)
    }
    const read = await this.#list.reread(
      ids.filter((id) => stamps.get(id) !== undefined),
      stamps,
    )
    // A registry that changed may have lost entries the articles here still use.
    this.#nameOrphans(registry ? Object.values(this.catalog.articles) : read)
    await this.#saveRepairs()
    return { articleIds: ids, registry }
  }

  async readArticle(id: string): Promise<Article> {
    const cached = this.#articles.cached(id)
    if (cached) return cached
    const summary = this.catalog.articles[id]
    if (!summary)
      throw (
        this.#list.setAside.get(id) ??
        new StancemarkError(
          'not-found',
          'This article is not in the archive (it may have been deleted).',
        )
      )
    let article: Article | null
    try {
      article = await this.#articles.read(id)
    } catch (error) {
      await this.#list.putAside(id, error)
      await this.#saveRepairs()
      throw this.#list.setAside.get(id) ?? error
    }
    if (!article) {
      this.#list.drop(id)
      await this.#saveRepairs()
      throw new StancemarkError(
        'not-found',
        `The file of “${summary.title}” is missing from the archive folder.`,
      )
    }
    return article
  }

  /**
   * Writes the article file, then its summary in the catalog: at once for a new article (so the
   * catalog names every file), a moment later for a changed one.
   */
  async writeArticle(article: Article): Promise<void> {
    const isNew = !this.catalog.articles[article.id]
    await this.putArticleFile(article)
    if (isNew) await this.saveCatalog()
    else this.#catalogLater.schedule()
  }

  /** Writes the article file and its summary in memory; the caller saves the catalog. */
  async putArticleFile(article: Article): Promise<void> {
    await this.#beforeChange()
    this.#list.summarize(article, await this.#articles.write(article))
  }

  async moveToTrash(id: string): Promise<void> {
    await this.readArticle(id)
    await this.trashArticleFile(id)
    await this.saveCatalog()
  }

  /** Moves the article file to trash/ and off the list in memory; the caller saves the catalog. */
  async trashArticleFile(id: string): Promise<void> {
    await this.#beforeChange()
    // A backup under way keeps the file first, as it was.
    await this.#files.keepFirst(this.#articles.path(id))
    await moveFile(this.#articles.path(id), join(this.dir, 'trash', `${id}.json`))
    this.#list.drop(id)
  }

  async restoreFromTrash(id: string): Promise<Article> {
    const file = join(this.dir, 'trash', `${id}.json`)
    const trashed = new ValidatedJSONFile(file, Article, { version: ARTICLE_FORMAT })
    const article = await trashed.read().catch(() => null)
    if (!article || article.id !== id)
      throw new StancemarkError('not-found', 'This article is not in the trash.')
    await this.#beforeChange()
    await moveFile(file, this.#articles.path(id))
    this.#articles.remember(article)
    this.#list.summarize(article, await this.#articles.stamp(id))
    // Its speakers or positions may have gone while it was in the trash (the sample's, removed).
    this.#nameOrphans([this.catalog.articles[id]])
    await this.saveCatalog()
    return article
  }

  /** The ids of the article files in articles/. */
  articleIds(): Promise<string[]> {
    return this.#articles.ids()
  }

  /**
   * Compares every listed article file with the catalog's stamp of it and reads again those that
   * changed: a save whose summary had not reached the catalog when the process ended, or a change
   * made from outside (a sync, a copy). Opening lists the library from the catalog without waiting
   * for this; the notebook runs it right after, before any other work. Answers whether the list
   * changed.
   */
  async checkFiles(): Promise<boolean> {
    const ids = Object.keys(this.catalog.articles)
    const stamps = this.#articles.stampsNow(ids)
    const changed = ids.filter((id) => this.catalog.fileStamps[id] !== stamps.get(id))
    if (changed.length === 0) return false
    for (const id of changed) {
      if (stamps.get(id) === undefined) await this.#list.missing(id, this.catalog.articles[id])
    }
    const read = await this.#list.reread(
      changed.filter((id) => stamps.get(id) !== undefined),
      stamps,
    )
    this.#nameOrphans(read)
    await this.#saveRepairs()
    return true
  }

  /** Gives names to the speakers and positions the given summaries use that the registry lacks. */
  #nameOrphans(summaries: ArticleSummary[]): void {
    const unnamed = nameOrphans(this.catalog, summaries)
    if (!unnamed) return
    this.#notices.tell('unnamed', unnamed)
    this.#repaired = true
  }

  /**
   * Refuses a change when read-only; begins the hourly backup before the first change in an hour
   * (the change does not wait for it to be made: see Backups.snapshotIfDue).
   */
  async #beforeChange(): Promise<void> {
    if (this.readOnly) throw this.readOnlyError()
    if (this.#closed) throw new StancemarkError('conflict', 'This archive has been closed.')
    const { articles, speakers, positions } = this.catalog
    // An empty archive has nothing to keep; asked only when a backup is due (it lists every key).
    const worthKeeping = () =>
      [articles, speakers, positions].some((records) => Object.keys(records).length > 0)
    // A backup that fails must not cost the analyst the change they are making.
    const failed = (error: unknown) => {
      const trouble = diskTrouble(error)
      if (!trouble) console.error('stancemark: the hourly backup failed', error)
      this.#notices.tell(
        'backup-failed',
        trouble
          ? `Stancemark could not make this hour’s backup: ${trouble.problem}. Your archive is as it was; the backup is tried again with your next change. ${trouble.remedy}.`
          : `Stancemark could not make a backup in ${this.backups.dir}: ${messageOf(error)}`,
      )
    }
    await this.backups.snapshotIfDue(worthKeeping, failed).catch(failed)
  }

  /** Saves what opening or reading repaired; a read-only archive keeps the repairs in memory. */
  async #saveRepairs(): Promise<void> {
    if (!(this.#repaired || this.#list.changed) || this.readOnly || this.#closed) return
    this.#repaired = false
    this.#list.changed = false
    this.#catalogLater.cancel()
    await this.#writeFiles()
  }

  /**
   * The registry first (when it changed), then the catalog: the catalog is only a cache. Over a
   * newer registry a change to it is undone and refused; the catalog is written all the same.
   */
  async #writeFiles(): Promise<void> {
    const registry = registryOf(this.catalog)
    const refused = this.#registryRefused && this.#registry.differs(registry)
    if (refused) putRegistry(this.catalog, this.#registry.known() ?? registry)
    else if (!this.#registryRefused) await this.#registry.write(registry)
    await this.#cacheFile.write(cacheOf(this.catalog))
    if (refused) throw this.#registryRefused
  }
}
