import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type BetterSqlite3 from 'better-sqlite3'
import { generateArchive } from '../../scripts/generateArchive'
import type { Article } from '../../src-main/shared/model'
import type { NaiveArchive } from './naiveStore'
import { buildSqlite } from './sqliteStore'
import { settleDisk } from './settleDisk'
import { StancemarkStore } from './stancemarkStore'

/** The archives the issue asks for: ~800 words and ~10 statements an article. */
export const ARCHIVE_SHAPE = {
  speakers: 2000,
  positions: 300,
  wordsPerArticle: 800,
  statementsPerArticle: 10,
}
/** Bumped when the generator or the baselines' files change: older cached archives are remade. */
const CACHE_VERSION = 5

export interface BenchArchive {
  size: number
  /** A working copy of the archive folder, the naive JSON file and the SQLite file. */
  archiveDir: string
  naiveFile: string
  sqliteFile?: string
  /** Article ids, speaker ids and position ids to ask for, the same for every store. */
  articleIds: string[]
  speakerIds: string[]
  positionIds: string[]
}

const cacheRoot = () => join(tmpdir(), 'stancemark-bench')

async function readArchive(dir: string): Promise<NaiveArchive> {
  const registry = JSON.parse(await readFile(join(dir, 'registry.json'), 'utf8'))
  const articles: Record<string, Article> = {}
  for (const name of (await readdir(join(dir, 'articles')))
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const { schemaVersion: _v, ...article } = JSON.parse(
      await readFile(join(dir, 'articles', name), 'utf8'),
    )
    articles[article.id] = article as Article
  }
  return { speakers: registry.speakers, positions: registry.positions, articles }
}

/**
 * The archive of `size` articles from `seed`, with the same archive as one lowdb file and as a
 * SQLite file: made once and kept in the temp folder, copied fresh for every bench run.
 */
export async function benchArchive(
  size: number,
  seed: number,
  Database: typeof BetterSqlite3 | undefined,
  log: (line: string) => void,
): Promise<BenchArchive> {
  const pristine = join(cacheRoot(), `v${CACHE_VERSION}-seed${seed}-${size}`)
  const ready = join(pristine, 'ready.json')
  if (!(await readFile(ready, 'utf8').catch(() => ''))) {
    log(`Generating the ${size}-article archive (seed ${seed}) once in ${pristine}…`)
    await rm(pristine, { recursive: true, force: true })
    await mkdir(pristine, { recursive: true })
    await generateArchive({
      archiveDir: join(pristine, 'archive'),
      articles: size,
      seed,
      ...ARCHIVE_SHAPE,
    })
    const archive = await readArchive(join(pristine, 'archive'))
    await writeFile(join(pristine, 'naive.json'), JSON.stringify(archive))
    await writeFile(ready, JSON.stringify({ size, seed }))
  }
  const sqlitePristine = join(pristine, 'sqlite.db')
  if (Database && !(await readFile(sqlitePristine).catch(() => null))) {
    const archive = JSON.parse(await readFile(join(pristine, 'naive.json'), 'utf8')) as NaiveArchive
    buildSqlite(Database, `${sqlitePristine}.part`, {
      speakers: Object.values(archive.speakers),
      positions: Object.values(archive.positions),
      articles: Object.values(archive.articles),
    })
    await cp(`${sqlitePristine}.part`, sqlitePristine)
    await rm(`${sqlitePristine}.part`)
  }
  const work = join(cacheRoot(), `run-${process.pid}`, String(size))
  await rm(work, { recursive: true, force: true })
  await mkdir(work, { recursive: true })
  await cp(join(pristine, 'archive'), join(work, 'archive'), { recursive: true })
  await cp(join(pristine, 'naive.json'), join(work, 'naive.json'))
  if (Database) await cp(sqlitePristine, join(work, 'sqlite.db'))
  // A copied file is another file to the archive (new inode): one untimed open takes the copies in.
  await (await StancemarkStore.open(join(work, 'archive'))).close()
  await settleDisk()
  const catalog = JSON.parse(await readFile(join(work, 'archive', 'stancemark.json'), 'utf8'))
  return {
    size,
    archiveDir: join(work, 'archive'),
    naiveFile: join(work, 'naive.json'),
    sqliteFile: Database ? join(work, 'sqlite.db') : undefined,
    articleIds: Object.keys(catalog.articles),
    speakerIds: mostCoded(catalog.articles, 'speakerIds'),
    positionIds: mostCoded(catalog.articles, 'positionIds'),
  }
}

/** The ten speakers (or positions) in the most articles: queries that have a full page to show. */
function mostCoded(
  summaries: Record<string, { speakerIds: string[]; positionIds: string[] }>,
  key: 'speakerIds' | 'positionIds',
): string[] {
  const counts = new Map<string, number>()
  for (const summary of Object.values(summaries))
    for (const id of summary[key]) counts.set(id, (counts.get(id) ?? 0) + 1)
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 10)
    .map(([id]) => id)
}

/** Removes this run's working copies (the pristine archives stay for the next run). */
export async function removeWorkingCopies(): Promise<void> {
  await rm(join(cacheRoot(), `run-${process.pid}`), { recursive: true, force: true })
}
