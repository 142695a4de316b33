import type { Contract, Handlers } from '../shared/contract'
import type { ProgressEvent } from '../shared/bridge'
import * as agreement from './agreement/handlers'
import * as analysis from './analysis/handlers'
import * as annotations from './annotations/handlers'
import * as articles from './articles/handlers'
import { addSampleArticle } from './articles/sampleArticle'
import * as backups from './backups/handlers'
import { archiveZipFile, type ArchiveZipFile } from './backups/archiveZipFile'
import { openContext, type ChangeEvent } from './context'
import * as exports from './export/handlers'
import * as imports from './import/handlers'
import * as library from './library/handlers'
import type { IndexStats } from './library/derivedIndexes'
import { giveFirstCoder } from './registry/coders'
import * as registry from './registry/handlers'
import * as statements from './statements/handlers'
import * as suggest from './suggest/handlers'
import * as sync from './sync/handlers'
import type { TokenStore } from './sync/tokenStore'
import { conflictHandlers } from './sync/conflictHandlers'
import { historyHandlers } from './sync/historyHandlers'
import * as vault from './vault/handlers'
import { vaultFolderExport, type VaultFolderExport } from './vault/vaultFolderExport'

export type { ChangeEvent } from './context'

export interface NotebookOptions {
  archiveDir: string
  /** The app's resources/ folder: the sample article a new archive opens with. */
  resourcesDir: string
  /** What opens the archive, for a second process to be told who has it. @default 'script' */
  app?: 'desktop' | 'host' | 'script'
  /** The clock: timestamps, and when hourly backups are due (tests move it). @default system clock */
  now?: () => Date
  /** Where a team archive's token is kept (the desktop's safeStorage, the host's config folder). */
  tokens?: TokenStore
  /** Whether a shared archive syncs by itself at open and every few minutes. @default true */
  backgroundSync?: boolean
}

export type Notebook = Handlers<Contract> &
  VaultFolderExport &
  ArchiveZipFile & {
    readonly archiveDir: string
    onChange(listener: (event: ChangeEvent) => void): () => void
    /** How far a vault export is, a few times a second and once at its end. */
    onProgress(listener: (event: ProgressEvent) => void): () => void
    /** How the search and statement indexes were loaded and kept up to date (for tests and benches). */
    indexStats(): IndexStats
    close(): Promise<void>
  }

/** The Notebook service: every operation of the contract over one archive folder. Plain Node. */
export async function openNotebook(options: NotebookOptions): Promise<Notebook> {
  const opened = await openContext(options)
  const { ctx } = opened
  // Every area of the contract, each with its handlers over the one context.
  const handlers: Handlers<Contract> = {
    ...library.handlers(ctx),
    ...articles.handlers(ctx),
    ...imports.handlers(ctx),
    ...statements.handlers(ctx),
    ...suggest.handlers(ctx),
    ...registry.handlers(ctx),
    ...analysis.handlers(ctx),
    ...agreement.handlers(ctx),
    ...exports.handlers(ctx),
    ...annotations.handlers(ctx),
    ...vault.handlers(ctx),
    ...backups.handlers(ctx),
    ...sync.handlers(ctx),
    ...conflictHandlers(ctx),
    ...historyHandlers(ctx),
  }

  // A fresh archive, or one made before coders, gets its first coder: its statements are theirs.
  if (giveFirstCoder(ctx.archive.catalog) && !ctx.archive.readOnly) await ctx.archive.saveCatalog()
  if (opened.isNew && !ctx.archive.readOnly) await addSampleArticle(ctx, handlers)
  // The library lists from the catalog at once; the article files are checked against the catalog
  // right after (a change from outside shows as a change event), before anything else is answered.
  const filesChecked = opened
    .queue(async () => {
      await new Promise((resolve) => setImmediate(resolve))
      if (await ctx.archive.checkFiles()) ctx.changed()
    })
    .catch((error: unknown) =>
      console.error('stancemark: checking the article files failed', error),
    )
  ctx.indexes.warmUp(filesChecked)
  const syncOpened = filesChecked
    // A read-only window leaves syncing to the window that can write.
    .then(() =>
      ctx.sync.open({ background: (options.backgroundSync ?? true) && !ctx.archive.readOnly }),
    )
    .catch((error: unknown) => console.error('stancemark: reading the sync settings failed', error))

  return Object.assign(
    afterward(syncOpened, handlers),
    afterward(filesChecked, vaultFolderExport(ctx)),
    afterward(filesChecked, archiveZipFile(ctx)),
    {
      archiveDir: ctx.archive.dir,
      onChange: opened.onChange,
      onProgress: opened.onProgress,
      indexStats: () => ctx.indexes.stats,
      close: opened.close,
    },
  )
}

/** What is answered from the catalog as opening read it, without waiting for the files' check. */
const ANSWERED_AT_OPEN: ReadonlySet<string> = new Set(['listArticles', 'getFacets'])

/** The same methods, each (but those answered at open) waiting for `ready` first. */
function afterward<T extends object>(ready: Promise<unknown>, methods: T): T {
  const waiting: Record<string, unknown> = { ...(methods as Record<string, unknown>) }
  for (const [name, method] of Object.entries(methods)) {
    if (typeof method !== 'function' || ANSWERED_AT_OPEN.has(name)) continue
    waiting[name] = async (...args: unknown[]) => {
      await ready
      return method(...args)
    }
  }
  return waiting as T
}
