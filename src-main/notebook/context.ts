import type { ProgressEvent } from '../shared/bridge'
import { articleWriter, type ArticleWriter } from './articles/saveArticle'
import { ImportThread } from './import/importThread'
import { DerivedIndexes } from './library/derivedIndexes'
import { Archive } from './storage/archive'
import { onlySample } from './sync/onlySample'
import { SyncThread } from './sync/syncThread'
import { TeamSync } from './sync/teamSync'
import { configFolder, TokenFile, type TokenStore } from './sync/tokenStore'
import { LiveVault } from './vault/liveVault'
import { VaultThread } from './vault/vaultThread'
import { writeQueue, type Exclusive } from './writeQueue'

export interface ChangeEvent {
  articleId?: string
}

/** How often a long export tells its progress. */
const PROGRESS_EVERY_MS = 100

/** What every area of the Notebook works with; each area's `handlers(ctx)` takes this alone. */
export interface NotebookContext {
  readonly archive: Archive
  /** The search and statement indexes, rebuilt from the article files. */
  readonly indexes: DerivedIndexes
  /** Every change goes through here: a read-only archive refuses it before anything is touched. */
  readonly exclusive: Exclusive
  /** Tells the indexes and the listeners that an article (or, without one, the registry) changed. */
  readonly changed: (articleId?: string) => void
  /** The clock: timestamps, and when hourly backups are due (tests move it). */
  readonly now: () => Date
  /** The one save path for articles. */
  readonly articles: ArticleWriter
  readonly imports: ImportThread
  readonly vaults: VaultThread
  /** The vault kept in sync with every save, when main has named one (DESIGN.md §11). */
  readonly liveVault: LiveVault
  /** Tells the listeners how far a vault export is, a few times a second and at its end. */
  readonly vaultProgress: (done: number, total: number) => void
  /** The app's resources/ folder (the sample article). */
  readonly resourcesDir: string
  /**
   * After a sync wrote shared files into the folder (paths from the archive's folder, with `/`:
   * `registry.json`, `articles/<id>.json`): reads them again through storage (summaries, file
   * stamps, quarantine of a damaged file, articles gone taken off the list), and tells the
   * indexes, the live vault and the listeners. Run it in the write queue, as the sync that wrote
   * the files is.
   */
  readonly reloadShared: (paths: readonly string[]) => Promise<void>
  /** The team archive's sync (DESIGN.md §10). */
  readonly sync: TeamSync
}

export interface OpenedContext {
  ctx: NotebookContext
  isNew: boolean
  /** The write queue itself: for work that must run in turn even on a read-only archive. */
  queue: Exclusive
  onChange(listener: (event: ChangeEvent) => void): () => void
  onProgress(listener: (event: ProgressEvent) => void): () => void
  close(): Promise<void>
}

export async function openContext(options: {
  archiveDir: string
  resourcesDir: string
  app?: 'desktop' | 'host' | 'script'
  now?: () => Date
  /** Where a team archive's token is kept. @default a file in the app's config folder */
  tokens?: TokenStore
}): Promise<OpenedContext> {
  const now = options.now ?? (() => new Date())
  const { archive, isNew } = await Archive.open(options.archiveDir, { now, app: options.app })
  const queue = writeQueue()
  const exclusive: Exclusive = (job) =>
    archive.readOnly ? Promise.reject(archive.readOnlyError()) : queue(job)
  const listeners = new Set<(event: ChangeEvent) => void>()
  const indexes = new DerivedIndexes(archive)
  const vaults = new VaultThread(archive)
  const imports = new ImportThread()
  const liveVault = new LiveVault(archive, now)
  const changed = (articleId?: string) => {
    indexes.articleChanged(articleId)
    listeners.forEach((listener) => listener({ articleId }))
    liveVault.changed(articleId)
    sync.changed(articleId)
  }
  const reloadShared = async (paths: readonly string[]) => {
    const reloaded = await archive.reloadShared(paths)
    for (const id of reloaded.articleIds) changed(id)
    if (reloaded.registry) changed()
  }
  const syncThread = new SyncThread()
  const sync: TeamSync = new TeamSync({
    dir: archive.dir,
    exclusive,
    thread: syncThread,
    tokens: options.tokens ?? new TokenFile(configFolder()),
    now,
    archive,
    flush: () => archive.flushCatalog(),
    reloadShared,
    onlySample: () => onlySample(archive.catalog),
    keepBeforeJoining: async () => void (await archive.backups.snapshot('before-join')),
    dropSample: async (keep) => {
      const ids = Object.values(archive.catalog.articles)
        .filter((summary) => summary.sample && !keep.has(summary.id))
        .map((summary) => summary.id)
      for (const id of ids) await archive.trashArticleFile(id)
      await archive.saveCatalog()
      return ids
    },
  })
  const progressListeners = new Set<(event: ProgressEvent) => void>()
  let progressSent = 0
  const vaultProgress = (done: number, total: number) => {
    // A few times a second is enough for a bar; the last one always goes.
    if (done < total && Date.now() - progressSent < PROGRESS_EVERY_MS) return
    progressSent = Date.now()
    progressListeners.forEach((listener) => listener({ task: 'vault', done, total }))
  }
  const ctx: NotebookContext = {
    archive,
    indexes,
    exclusive,
    changed,
    now,
    articles: articleWriter(archive, changed, now),
    imports,
    vaults,
    liveVault,
    vaultProgress,
    resourcesDir: options.resourcesDir,
    reloadShared,
    sync,
  }
  return {
    ctx,
    isNew,
    queue,
    onChange(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    onProgress(listener) {
      progressListeners.add(listener)
      return () => progressListeners.delete(listener)
    },
    close: async () => {
      // Files being read are not waited for: nothing of them is in the archive yet.
      await imports.close()
      await sync.close()
      await queue(async () => {
        listeners.clear()
        await liveVault.close()
        await vaults.close()
        await syncThread.close()
        await indexes.close()
        await archive.close()
      })
    },
  }
}
