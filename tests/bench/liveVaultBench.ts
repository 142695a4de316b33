import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { benchArchive, removeWorkingCopies } from './benchArchives'
import type { Operation } from './serviceBench'
import { StancemarkStore } from './stancemarkStore'
import { timeRuns, timingOf, type Timing } from './timing'

/** How often the bench looks whether the live vault has caught up. */
const LOOK_EVERY_MS = 5

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The live vault (issue 27) over a vault the full export has just written: a second export into
 * it (which must write nothing), the time from a save to the vault being up to date (writing only
 * the notes that changed: the article's, its speaker's, its position's and the index), and saves
 * while the live vault is on.
 */
export async function benchLiveVault(
  store: StancemarkStore,
  folder: string,
  {
    runs,
    exportRuns,
    article,
    speakerIds,
    positionIds,
  }: {
    runs: number
    exportRuns: number
    article: (run: number) => string
    speakerIds: string[]
    positionIds: string[]
  },
): Promise<[Operation, Timing][]> {
  const { notebook } = store
  const again = await timeRuns(exportRuns, async () => {
    const report = await notebook.exportVaultToFolder(folder)
    if (report.written !== 0)
      throw new Error(`A second export into an unchanged vault wrote ${report.written} notes`)
  })
  await notebook.setLiveVault({ folder })
  const caughtUp: number[] = []
  // Fewer runs than the quick operations: each waits for the vault.
  for (let run = 0; run < Math.min(runs, 20); run++) {
    const before = (await notebook.getLiveVault()).updated?.at
    const started = performance.now()
    await store.addStatement(
      article(run),
      speakerIds[run % speakerIds.length],
      positionIds[run % positionIds.length],
    )
    for (;;) {
      const live = await notebook.getLiveVault()
      if (!live.on) throw new Error(`The live vault stopped: ${live.stopped}`)
      if (live.updated && live.updated.at !== before) {
        caughtUp.push(performance.now() - started)
        // The article's note, its speaker's, its position's and the index; fewer where one was
        // already so.
        if (live.updated.written > 4)
          throw new Error(`The live vault wrote ${live.updated.written} notes for one statement`)
        break
      }
      await pause(LOOK_EVERY_MS)
    }
  }
  const savesOn = await timeRuns(runs, (run) =>
    store.addStatement(
      article(runs + run),
      speakerIds[(run + 1) % speakerIds.length],
      positionIds[(run + 1) % positionIds.length],
    ),
  )
  await notebook.setLiveVault({ folder: null })
  return [
    ['second export into an unchanged vault', again],
    ['live vault up to date after adding one statement', timingOf(caughtUp)],
    ['save after adding one statement, live vault on', savesOn],
  ]
}

/**
 * `BENCH_ENTRY=tests/bench/liveVaultBench.ts node tests/bench/run.mjs [--size 10000] [--runs 30] [--seed 1]`:
 * this part of the bench alone, on Stancemark's store: one full export, then `benchLiveVault`.
 */
export async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      size: { type: 'string', default: '10000' },
      runs: { type: 'string', default: '30' },
      seed: { type: 'string', default: '1' },
    },
  })
  const size = Number(values.size)
  const runs = Number(values.runs)
  const log = (line: string) => console.log(line)
  const archive = await benchArchive(size, Number(values.seed), undefined, log)
  const { articleIds, speakerIds, positionIds } = archive
  const folder = await mkdtemp(join(tmpdir(), 'stancemark-bench-vault-'))
  const store = await StancemarkStore.open(archive.archiveDir)
  try {
    await store.listLibrary()
    await store.settle()
    // Before the export: the vault it writes is the archive as the live vault starts from.
    const off = await timeRuns(runs, (run) =>
      store.addStatement(
        articleIds[(run * 7919 + 2 * 104_729) % articleIds.length],
        speakerIds[run % speakerIds.length],
        positionIds[run % positionIds.length],
      ),
    )
    log(
      `save after adding one statement (live vault off): ${off.median.toFixed(1)} / ${off.p95.toFixed(1)} ms`,
    )
    const started = performance.now()
    await store.exportVault(folder)
    log(`Markdown vault export (one run): ${Math.round(performance.now() - started)} ms`)
    // As serviceBench asks: each run another article, spread over the archive.
    const article = (run: number) => articleIds[(run * 7919 + 5 * 104_729) % articleIds.length]
    const timings = await benchLiveVault(store, folder, {
      runs,
      exportRuns: 2,
      article,
      speakerIds,
      positionIds,
    })
    for (const [operation, { median, p95, runs: n }] of timings)
      log(`${operation}: ${median.toFixed(1)} / ${p95.toFixed(1)} ms (median / p95, ${n} runs)`)
  } finally {
    await store.close()
    await rm(folder, { recursive: true, force: true })
    await removeWorkingCopies()
  }
}
