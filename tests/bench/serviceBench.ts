import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type BetterSqlite3 from 'better-sqlite3'
import type { BenchArchive } from './benchArchives'
import type { BenchStore, StoreName } from './benchStore'
import { NaiveStore } from './naiveStore'
import { SqliteStore } from './sqliteStore'
import { settleDisk } from './settleDisk'
import { benchLiveVault } from './liveVaultBench'
import { StancemarkStore } from './stancemarkStore'
import { timeRuns, timingOf, type Timing } from './timing'

export type Operation =
  | 'open archive until the library lists'
  | 'peak memory with the archive open'
  | 'big article shown and editable'
  | 'key press to paint while typing'
  | 'key press to paint in an empty text box'
  | 'mark a statement'
  | 'renderer bundle (out/renderer)'
  | 'open one article'
  | 'save after adding one statement'
  | 'full-text search'
  | 'statements of one speaker'
  | 'statements of one position'
  | 'Markdown vault export'
  | 'second export into an unchanged vault'
  | 'live vault up to date after adding one statement'
  | 'save after adding one statement, live vault on'
  | 'open one article during the export'
  | 'suggest statements in a 2,000-word article'
  | 'place 2,000 annotations on one article'
  | 'agreement over 1,000 double-coded articles'
  | 'first push of the whole archive'
  | 'sync of one changed article'
  | 'sync of one changed article, the server excluded'

/** One operation at one archive size: a timing per store (undefined where a store is missing). */
export interface Measured {
  operation: Operation
  size: number
  stores: Partial<Record<StoreName, Timing>>
  /** @default 'ms' */
  unit?: 'ms' | 'MB' | 'KB'
}

/** How often an article is opened while the vault is being exported. */
const OPEN_DURING_EXPORT_EVERY_MS = 50

const SEARCHES = [
  'quota',
  'ferry schedule',
  'harbour fees',
  'dredging plan',
  'customs',
  'flood barr',
]

interface Opener {
  name: StoreName
  open(): Promise<BenchStore>
  /** Untimed: what a store still does in the background after it lists (Stancemark's indexes). */
  settle(store: BenchStore): Promise<void>
}

function openers(archive: BenchArchive, Database?: typeof BetterSqlite3): Opener[] {
  const list: Opener[] = [
    {
      name: 'stancemark',
      open: () => StancemarkStore.open(archive.archiveDir),
      settle: (store) => (store as StancemarkStore).settle(),
    },
    { name: 'naive', open: () => NaiveStore.open(archive.naiveFile), settle: async () => {} },
  ]
  if (Database && archive.sqliteFile) {
    const file = archive.sqliteFile
    list.push({
      name: 'sqlite',
      open: async () => SqliteStore.open(Database, file),
      settle: async () => {},
    })
  }
  return list
}

/** Every operation of the issue on every store, over one archive size. */
export async function benchServices(
  archive: BenchArchive,
  Database: typeof BetterSqlite3 | undefined,
  runs: number,
  log: (line: string) => void,
): Promise<Measured[]> {
  const big = archive.size >= 10_000
  const openRuns = big ? Math.max(5, Math.round(runs / 3)) : runs
  // A whole-archive export at 10,000 takes most of a minute a store: two runs there.
  const exportRuns = big ? 2 : Math.min(5, runs)
  const results = new Map<Operation, Measured>()
  const record = (operation: Operation, name: StoreName, timing: Timing) => {
    const entry = results.get(operation) ?? { operation, size: archive.size, stores: {} }
    entry.stores[name] = timing
    results.set(operation, entry)
  }
  const { articleIds, speakerIds, positionIds } = archive
  // Each run asks for another article, spread over the archive: none is in a cache yet.
  const articleOf = (run: number, salt: number) =>
    articleIds[(run * 7919 + salt * 104_729) % articleIds.length]

  for (const opener of openers(archive, Database)) {
    log(`  ${opener.name}: open`)
    const opens: number[] = []
    for (let run = 0; run < openRuns; run++) {
      // Each open starts on a clean heap, as at a start of the app (npm run bench exposes gc).
      ;(globalThis as { gc?: () => void }).gc?.()
      const started = performance.now()
      const opened = await opener.open()
      await opened.listLibrary()
      opens.push(performance.now() - started)
      // Not timed: what goes on after the list is shown, finished before the next open.
      await opener.settle(opened)
      await opened.close()
    }
    record('open archive until the library lists', opener.name, timingOf(opens))
    const store = await opener.open()
    await store.listLibrary()
    await opener.settle(store)
    log(`  ${opener.name}: article, save, search, statements`)
    record(
      'open one article',
      opener.name,
      await timeRuns(runs, (run) => store.getArticle(articleOf(run, 1))),
    )
    record(
      'save after adding one statement',
      opener.name,
      await timeRuns(runs, (run) =>
        store.addStatement(
          articleOf(run, 2),
          speakerIds[run % speakerIds.length],
          positionIds[run % positionIds.length],
        ),
      ),
    )
    record(
      'full-text search',
      opener.name,
      await timeRuns(runs, (run) => store.search(SEARCHES[run % SEARCHES.length])),
    )
    record(
      'statements of one speaker',
      opener.name,
      await timeRuns(runs, (run) =>
        store.statementsOf({ speakerId: speakerIds[run % speakerIds.length] }),
      ),
    )
    record(
      'statements of one position',
      opener.name,
      await timeRuns(runs, (run) =>
        store.statementsOf({ positionId: positionIds[run % positionIds.length] }),
      ),
    )
    log(`  ${opener.name}: Markdown vault export`)
    // Each run into a new folder; the folders are removed after, untimed: removing is not exporting.
    const folders: string[] = []
    try {
      for (let run = 0; run < exportRuns; run++)
        folders.push(await mkdtemp(join(tmpdir(), 'stancemark-bench-vault-')))
      // Meanwhile the analyst goes on working: an article is opened every 50 ms, each timed.
      const opensDuring: number[] = []
      const opening: Promise<void>[] = []
      record(
        'Markdown vault export',
        opener.name,
        await timeRuns(exportRuns, async (run) => {
          let exporting = true
          opening.push(
            (async () => {
              for (let open = 0; exporting; open++) {
                const started = performance.now()
                await store.getArticle(articleOf(open, 3 + run))
                opensDuring.push(performance.now() - started)
                await new Promise((resolve) => setTimeout(resolve, OPEN_DURING_EXPORT_EVERY_MS))
              }
            })(),
          )
          try {
            const written = await store.exportVault(folders[run])
            if (written !== archive.size)
              throw new Error(`${opener.name} exported ${written} of ${archive.size} articles`)
          } finally {
            exporting = false
          }
        }),
      )
      await Promise.all(opening)
      record('open one article during the export', opener.name, timingOf(opensDuring))
      if (store instanceof StancemarkStore) {
        log(`  ${opener.name}: live vault`)
        for (const [operation, timing] of await benchLiveVault(store, folders[0], {
          runs,
          exportRuns,
          article: (run) => articleOf(run, 5),
          speakerIds,
          positionIds,
        }))
          record(operation, opener.name, timing)
      }
    } finally {
      for (const folder of folders) await rm(folder, { recursive: true, force: true })
    }
    await store.close()
    await settleDisk()
  }
  return [...results.values()]
}
