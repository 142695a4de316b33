import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { AGREEMENT_ARTICLES, benchAgreement } from './agreementBench'
import { ANNOTATIONS, benchAnnotations } from './annotationBench'
import { benchArchive, removeWorkingCopies } from './benchArchives'
import { textTable, writeReport } from './benchReport'
import { peakMemory } from './peakMemory'
import { benchRenderer } from './rendererBench'
import { benchServices, type Measured } from './serviceBench'
import { loadSqlite } from './sqliteStore'
import { benchSuggestions } from './suggestBench'
import { benchSync } from './syncBench'
import { judge } from './targets'

const root = fileURLToPath(new URL('../..', import.meta.url))

/**
 * `npm run bench [-- --sizes 100,1000,10000] [--runs 30] [--seed 1] [--no-build] [--no-renderer] [--no-suggest] [--no-sync] [--keep]`:
 * measures the Notebook service against the naive store and SQLite, then the renderer in Chromium;
 * prints the table and writes bench-results/latest.json and the table in docs/performance.md
 * (`--keep`: rows of the last run that this one did not measure stay there).
 */
export async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string', default: '100,1000,10000' },
      runs: { type: 'string', default: '30' },
      seed: { type: 'string', default: '1' },
      'no-build': { type: 'boolean', default: false },
      'no-renderer': { type: 'boolean', default: false },
      'no-suggest': { type: 'boolean', default: false },
      'no-sync': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
    },
  })
  const sizes = values.sizes.split(',').filter(Boolean).map(Number)
  const runs = Number(values.runs)
  const seed = Number(values.seed)
  const log = (line: string) => console.log(line)
  const notes: string[] = [
    `Archives generated from seed ${seed} (scripts/generateArchive.ts): ~800 words and ~10 statements an article, 2,000 speakers, 300 positions.`,
  ]
  const sqlite = loadSqlite()
  const Database = 'Database' in sqlite ? sqlite.Database : undefined
  if ('missing' in sqlite) {
    log(`SQLite is unavailable (${sqlite.missing}); measuring without it.`)
    notes.push(`SQLite was unavailable: ${sqlite.missing}`)
  }
  if (!values['no-build']) {
    log('Building the app (electron-vite build) for the host and the renderer…')
    execFileSync('npx', ['electron-vite', 'build', '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
    })
  }
  const measured: Measured[] = []
  try {
    for (const size of sizes) {
      if (!Number.isInteger(size) || size < 1)
        throw new Error(`--sizes takes article counts, not “${size}”`)
      const archive = await benchArchive(size, seed, Database, log)
      log(`${size} articles:`)
      measured.push(...(await benchServices(archive, Database, runs, log)))
      if (size === Math.max(...sizes)) {
        log('  peak memory, each store in a process of its own')
        const stores = await peakMemory(archive, root)
        measured.push({ operation: 'peak memory with the archive open', size, unit: 'MB', stores })
        if (!stores.stancemark)
          notes.push('Peak memory is read from /proc (Linux); not measured here.')
      }
    }
  } finally {
    await removeWorkingCopies()
  }
  if (!values['no-sync']) {
    const size = Math.max(...sizes)
    log(`A team archive of ${size} articles synced through a git server on this machine`)
    try {
      const synced = await benchSync(await benchArchive(size, seed, undefined, log), runs, log)
      if ('missing' in synced)
        notes.push(`The team archive's sync was not measured: ${synced.missing}.`)
      else {
        measured.push(
          {
            operation: 'first push of the whole archive',
            size,
            stores: { stancemark: synced.firstPush },
          },
          {
            operation: 'sync of one changed article',
            size,
            stores: { stancemark: synced.oneArticle },
          },
          {
            operation: 'sync of one changed article, the server excluded',
            size,
            stores: { stancemark: synced.oneArticleLocal },
          },
        )
        notes.push(
          `Team sync (tests/bench/syncBench.ts): \`setSyncRemote\` on the bench archive with an empty repository on git's own http-backend on this machine (commit and push of every article, one run), then a statement added to one article and \`syncNow\` (commit, fetch, push of that one file) per run; the git work in the sync worker thread. "The server excluded": each run less the time the server spent answering its requests (its http-backend and git processes, on this same machine).`,
        )
      }
    } finally {
      await removeWorkingCopies()
    }
  }
  if (!values['no-suggest']) {
    log('Suggestions in the service')
    const { words, suggestions, timing } = await benchSuggestions(runs)
    measured.push({
      operation: 'suggest statements in a 2,000-word article',
      size: 0,
      stores: { stancemark: timing },
    })
    notes.push(
      `Suggestions: \`suggestStatements\` on one article of ${words.toLocaleString('en')} words (the evaluation articles one after another), ${suggestions} suggestions, after a first untimed call.`,
    )
  }
  log('Annotations placed on one article')
  const annotations = await benchAnnotations(Math.min(runs, 5))
  measured.push({
    operation: 'place 2,000 annotations on one article',
    size: 0,
    stores: { stancemark: annotations.timing },
  })
  notes.push(
    `Annotations: \`importAnnotations\` of ${ANNOTATIONS.toLocaleString('en')} W3C annotations, each quoting a sentence with one letter changed (placed by fuzzy match), onto an article of ${annotations.characters.toLocaleString('en')} characters.`,
  )
  log('Agreement between two coders')
  measured.push({
    operation: 'agreement over 1,000 double-coded articles',
    size: 0,
    stores: { stancemark: await benchAgreement(Math.min(runs, 10)) },
  })
  notes.push(
    `Agreement: the service's \`agreement\` (α for unitizing, α for speaker, position and stance, κ per pair) over a bench archive of ${AGREEMENT_ARTICLES.toLocaleString('en')} articles of 5,000 characters, each coded by two coders with ~10 statements and marked done by both (tests/bench/agreementBench.ts): its default query, the articles found from the catalog and their statements from the statement index, built before the runs.`,
  )
  if (!values['no-renderer']) measured.push(...(await benchRenderer(root, log)))
  const rows = judge(measured)
  console.log(`\n${textTable(rows)}\n`)
  await writeReport(root, rows, notes, values.keep)
  console.log('Written to bench-results/latest.json and docs/performance.md')
}
