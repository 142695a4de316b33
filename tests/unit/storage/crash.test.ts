import { spawn } from 'node:child_process'
import { readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { CatalogCache } from '../../../src-main/notebook/storage/catalog'
import { Registry } from '../../../src-main/notebook/storage/registryFile'
import { openNotebook } from '../../../src-main/notebook/notebook'
import { Article } from '../../../src-main/shared/model'
import { buildScript } from '../../support/buildScript'
import { resourcesDir, tempDir } from '../../support/tempArchive'

const KILLS = 100
let childScript = ''
let removeChild: () => Promise<void> = async () => undefined

// The child runs in plain Node: it is built into one file first (our TypeScript, lowdb, zod).
beforeAll(async () => {
  const built = await buildScript('crashChild.ts')
  childScript = built.script
  removeChild = built.remove
}, 60_000)

afterAll(() => removeChild())

/** mulberry32: the same kills again for a given seed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Starts the child on the archive, kills it with SIGKILL after `ms`, answers the lines it printed. */
function saveUntilKilled(dir: string, run: number, ms: number, fromReady: boolean) {
  return new Promise<string[]>((done, fail) => {
    const child = spawn(process.execPath, [childScript, dir, String(run)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    let err = ''
    let timer: NodeJS.Timeout | undefined
    const killLater = () => (timer = setTimeout(() => child.kill('SIGKILL'), ms))
    if (!fromReady) killLater()
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      if (fromReady && !timer && out.startsWith('ready\n')) killLater()
    })
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      if (signal === 'SIGKILL') done(out.split('\n').slice(0, -1))
      else fail(new Error(`the child stopped by itself (${code}): ${err}`))
    })
  })
}

/** What the child reported done, over all runs. */
interface Reported {
  edits: Map<string, { revision: number; title: string }>
  speakers: Map<string, string>
  imported: Set<string>
  deleting: Set<string>
  deleted: Set<string>
}

function record(reported: Reported, lines: string[]): number {
  let saves = 0
  for (const line of lines) {
    const [kind, id, ...rest] = line.split(' ')
    if (kind === 'ready') continue
    if (kind === 'deleting') {
      reported.deleting.add(id)
      continue
    }
    saves++
    if (kind === 'edit')
      reported.edits.set(id, { revision: Number(rest[0]), title: rest.slice(1).join(' ') })
    else if (kind === 'speaker') reported.speakers.set(id, rest.join(' '))
    else if (kind === 'import') reported.imported.add(id)
    else if (kind === 'deleted') reported.deleted.add(id)
    else throw new Error(`the child printed “${line}”`)
  }
  return saves
}

/** Every file of the archive parses and has the shape we write, as the crash left them. */
async function expectEveryFileParses(dir: string, saves: number): Promise<void> {
  const catalog = await readFile(join(dir, 'stancemark.json'), 'utf8').catch(() => undefined)
  // Killed before it had made the archive at all.
  if (catalog === undefined && saves === 0) return
  CatalogCache.parse(JSON.parse(catalog ?? ''))
  Registry.parse(JSON.parse(await readFile(join(dir, 'registry.json'), 'utf8')))
  for (const folder of ['articles', 'trash']) {
    for (const name of await readdir(join(dir, folder)).catch(() => [])) {
      if (name.startsWith('.')) continue
      Article.parse(JSON.parse(await readFile(join(dir, folder, name), 'utf8')))
    }
  }
  expect(await readdir(join(dir, 'quarantine')).catch(() => [])).toEqual([])
}

async function expectEverySaveThere(dir: string, reported: Reported): Promise<void> {
  const notebook = await openNotebook({ archiveDir: dir, resourcesDir })
  try {
    const info = await notebook.getArchiveInfo()
    expect(info.readOnly).toBe(false)
    expect(info.notices).toEqual([])
    const listed = new Set(
      (await notebook.listArticles({ offset: 0, limit: 1000 })).items.map((a) => a.id),
    )
    for (const [id, edit] of reported.edits) {
      const article = await notebook.getArticle(id)
      expect(article.revision).toBeGreaterThanOrEqual(edit.revision)
      if (article.revision === edit.revision) expect(article.meta.title).toBe(edit.title)
    }
    const speakers = new Map((await notebook.listSpeakers()).map((s) => [s.id, s.name]))
    for (const [id, name] of reported.speakers) expect(speakers.get(id)).toBe(name)
    for (const id of reported.imported)
      if (!reported.deleting.has(id)) expect(listed.has(id), `article ${id}`).toBe(true)
    const trash = await readdir(join(dir, 'trash'))
    for (const id of reported.deleted) {
      expect(listed.has(id)).toBe(false)
      expect(trash).toContain(`${id}.json`)
    }
  } finally {
    await notebook.close()
  }
}

test(`every save reported done survives being killed at a random moment, ${KILLS} times`, async () => {
  const seed = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000)
  const random = seededRandom(seed)
  const dir = await tempDir()
  const reported: Reported = {
    edits: new Map(),
    speakers: new Map(),
    imported: new Set(),
    deleting: new Set(),
    deleted: new Set(),
  }
  let saves = 0
  try {
    for (let run = 0; run < KILLS; run++) {
      // Mostly while saving; some while the child starts and opens the archive. The child's file
      // thread starts with the archive, so its first save comes a little later than it used to.
      const fromReady = random() < 0.8
      const ms = Math.floor(random() * (fromReady ? 250 : 300))
      saves += record(reported, await saveUntilKilled(dir, run, ms, fromReady))
      try {
        await expectEveryFileParses(dir, saves)
        await expectEverySaveThere(dir, reported)
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error)
        throw new Error(`After kill ${run + 1} (CRASH_SEED=${seed}): ${reason}`, { cause: error })
      }
    }
    // The kills did land among saves: ~2–3 saves a run alone, ~1 while other tests load the machine
    // (the first save of each run also makes its hourly backup of the whole archive).
    expect(saves).toBeGreaterThan(KILLS / 2)
    const backups = (await readdir(join(dir, 'backups'))).filter((name) => !name.startsWith('.'))
    expect(backups.length).toBeGreaterThan(0)
    expect(backups.length).toBeLessThanOrEqual(24 + 14)
    for (const backup of backups) {
      for (const name of await readdir(join(dir, 'backups', backup, 'articles')))
        Article.parse(
          JSON.parse(await readFile(join(dir, 'backups', backup, 'articles', name), 'utf8')),
        )
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}, 120_000)
