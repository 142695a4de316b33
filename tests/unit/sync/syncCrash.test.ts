import { spawn } from 'node:child_process'
import { cp } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { cloneRemote } from '../../../src-main/notebook/sync/cloneRemote'
import { syncWithRemote } from '../../../src-main/notebook/sync/syncWithRemote'
import { buildScript } from '../../support/buildScript'
import { seededRandom } from '../../support/fuzz/seededRandom'
import { gitServerMissing, startGitServer, type GitServer } from '../../support/gitServer'
import { articleOf, statement } from '../../support/syncArticles'
import { saveArticle, sharedFiles } from '../../support/syncFolders'
import { tempDir } from '../../support/tempArchive'

const missing = gitServerMissing()
const KILLS = 6
const credentials = { username: 'ana', token: 'team-token' }
const author = { name: 'Ana', email: 'ana@example.org' }
const TEXT = ['The minister said the talks would resume next week.', 'Unions warned of strikes.']

/** Starts the child syncing `dir`, kills it with SIGKILL `ms` after it is ready; answers what it said. */
function syncUntilKilled(script: string, dir: string, url: string, ms: number) {
  return new Promise<string>((done, fail) => {
    const child = spawn(
      process.execPath,
      [script, dir, url, credentials.username, credentials.token],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let out = ''
    let err = ''
    let timer: NodeJS.Timeout | undefined
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      if (!timer && out.startsWith('ready\n')) timer = setTimeout(() => child.kill('SIGKILL'), ms)
    })
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      if (signal === 'SIGKILL') done(out)
      else fail(new Error(`the child stopped by itself (${code}): ${err}`))
    })
  })
}

describe.skipIf(missing)(`a sync killed mid-way${missing ? ` (skipped: ${missing})` : ''}`, () => {
  let server: GitServer
  let script = ''
  let removeScript: () => Promise<void> = async () => undefined
  beforeAll(async () => {
    server = await startGitServer(credentials)
    const built = await buildScript('syncChild.ts')
    script = built.script
    removeScript = built.remove
  }, 120_000)
  afterAll(async () => {
    await server.close()
    await removeScript()
  })

  test(`killed at ${KILLS} moments, it leaves the folder as it was or as merged, and the next sync completes`, async () => {
    const random = seededRandom(2611)
    let killedMidway = 0
    for (let run = 0; run < KILLS; run++) {
      const path = await server.createRepository(`crash${run}`)
      const url = server.url(`crash${run}`)
      const remote = { url, ...credentials }
      const ana = await tempDir()
      const s1 = statement('s1', '2024-01-02T00:00:00.000Z')
      await saveArticle(ana, articleOf(TEXT, [{ statement: s1, words: 'the talks would resume' }]))
      await saveArticle(ana, { ...articleOf(TEXT), id: 'other' })
      await syncWithRemote({ dir: ana, remote, author })
      const ben = await tempDir()
      await cloneRemote(ben, remote)
      const recode = (stance: 'supports' | 'opposes', at: string) =>
        articleOf(TEXT, [
          { statement: { ...s1, stance, updatedAt: at }, words: 'the talks would resume' },
          { statement: statement(`added${stance}`, at), words: 'Unions warned' },
        ])
      await saveArticle(ben, recode('opposes', '2024-01-03T00:00:00.000Z'))
      await saveArticle(ben, { ...articleOf(['Ben rewrote it.']), id: 'other' })
      await syncWithRemote({ dir: ben, remote, author: { name: 'Ben', email: 'ben@example.org' } })
      await saveArticle(ana, recode('supports', '2024-01-04T00:00:00.000Z'))
      await saveArticle(ana, { ...articleOf(['Ana rewrote it.']), id: 'other' })
      const before = await sharedFiles(ana)

      // What the sync makes when nothing stops it: the same folder and server, copied.
      await cp(path, path.replace(/\.git$/, '-twin.git'), { recursive: true })
      const twin = await tempDir()
      await cp(ana, twin, { recursive: true })
      const started = performance.now()
      const remoteTwin = { ...remote, url: url.replace(/\.git$/, '-twin.git') }
      expect((await syncWithRemote({ dir: twin, remote: remoteTwin, author })).state).toBe('synced')
      const took = performance.now() - started
      const merged = await sharedFiles(twin)
      expect(merged).not.toEqual(before)

      const said = await syncUntilKilled(script, ana, url, random.int(Math.ceil(took)))
      if (!said.includes('done')) killedMidway++
      const after = await sharedFiles(ana)
      for (const [file, text] of Object.entries(after))
        expect([before[file], merged[file]], `run ${run}: ${file}`).toContain(text)

      expect((await syncWithRemote({ dir: ana, remote, author })).state).toBe('synced')
      expect(await sharedFiles(ana)).toEqual(merged)
      await syncWithRemote({ dir: ben, remote, author: { name: 'Ben', email: 'ben@example.org' } })
      expect(await sharedFiles(ben)).toEqual(merged)
    }
    // Most kills must land inside the sync, or the test proves little.
    expect(killedMidway).toBeGreaterThanOrEqual(KILLS / 2)
  }, 240_000)
})
