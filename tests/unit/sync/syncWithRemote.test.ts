import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { cloneRemote } from '../../../src-main/notebook/sync/cloneRemote'
import { sharedFileText } from '../../../src-main/notebook/sync/mergeCommits'
import type { SyncedRegistry } from '../../../src-main/notebook/sync/mergeRegistry'
import { canonicalJson } from '../../../src-main/notebook/sync/sameValue'
import { syncWithRemote } from '../../../src-main/notebook/sync/syncWithRemote'
import type { Statement } from '../../../src-main/shared/model'
import { gitServerMissing, startGitServer, type GitServer } from '../../support/gitServer'
import { articleOf, statement } from '../../support/syncArticles'
import { readArticle, saveArticle, sharedFiles, statementVersions } from '../../support/syncFolders'
import { tempDir } from '../../support/tempArchive'

const missing = gitServerMissing()
const credentials = { username: 'ana', token: 'team-token' }
const TEXT = [
  'The minister said the talks would resume next week.',
  'Unions warned that strikes could follow if wages stay frozen.',
]
const S1 = statement('s1', '2024-01-02T00:00:00.000Z', { speakerId: 'minister' })
const S2 = statement('s2', '2024-01-02T00:00:00.000Z', { speakerId: 'unions' })
const registry: SyncedRegistry = {
  speakers: {
    minister: { id: 'minister', name: 'The minister', aliases: [], kind: 'person', notes: '' },
  },
  positions: {},
  coders: [],
}

describe.skipIf(missing)(
  `syncing folders through a git server${missing ? ` (skipped: ${missing})` : ''}`,
  () => {
    let server: GitServer
    let repositories = 0
    beforeAll(async () => {
      server = await startGitServer(credentials)
    })
    afterAll(() => server.close())

    /** A new team repository and a sync function for each analyst's folder. */
    async function team() {
      const name = `team${++repositories}`
      await server.createRepository(name)
      const remote = { url: server.url(name), ...credentials }
      const sync = (dir: string, who = 'Ana') =>
        syncWithRemote({
          dir,
          remote,
          author: { name: who, email: `${who.toLowerCase()}@example.org` },
        })
      return { remote, sync }
    }

    /** Ana's folder with the base article and registry, synced; Ben's a clone of it. */
    async function twoAnalysts() {
      const { remote, sync } = await team()
      const ana = await tempDir()
      await saveArticle(
        ana,
        articleOf(TEXT, [{ statement: S1, words: 'the talks would resume next week' }]),
      )
      await writeFile(join(ana, 'registry.json'), sharedFileText(registry))
      expect(await sync(ana)).toEqual({
        state: 'synced',
        pulled: 0,
        pushed: 2,
        merged: 0,
        conflicts: 0,
      })
      const ben = await tempDir()
      expect(await cloneRemote(ben, remote)).toEqual({ state: 'cloned', files: 2 })
      return { remote, sync, ana, ben }
    }

    test('a clone into an empty folder holds the same files as the folder that pushed them', async () => {
      const { ana, ben } = await twoAnalysts()
      expect(await sharedFiles(ben)).toEqual(await sharedFiles(ana))
    })

    /** Ana and Ben change the same article and the registry at the same time, each offline. */
    async function concurrentEdits(ana: string, ben: string) {
      const anaS1 = { ...S1, stance: 'supports' as const, updatedAt: '2024-01-05T00:00:00.000Z' }
      const benS1 = { ...S1, stance: 'opposes' as const, updatedAt: '2024-01-06T00:00:00.000Z' }
      const anaAdds = statement('ana1', '2024-01-05T00:00:00.000Z', { speakerId: 'minister' })
      const benAdds = statement('ben1', '2024-01-05T00:00:00.000Z', { speakerId: 'unions' })
      const mine = (s1: Statement, added: Statement, words: string) =>
        articleOf(TEXT, [
          { statement: s1, words: 'the talks would resume next week' },
          { statement: added, words },
        ])
      await saveArticle(ana, mine(anaS1, anaAdds, 'The minister said'))
      await saveArticle(ben, mine(benS1, benAdds, 'strikes could follow'))
      const renamed = structuredClone(registry)
      renamed.speakers.minister.name = 'Minister Ruth Hall'
      await writeFile(join(ana, 'registry.json'), sharedFileText(renamed))
      const aliased = structuredClone(registry)
      aliased.speakers.minister.aliases = ['Ruth Hall']
      await writeFile(join(ben, 'registry.json'), sharedFileText(aliased))
      return [anaS1, benS1, anaAdds, benAdds].map(canonicalJson)
    }

    for (const order of [
      ['ana', 'ben', 'ana'],
      ['ben', 'ana', 'ben'],
    ] as const) {
      test(`two analysts changing the same article, syncing ${order.join(' then ')}, end identical with every statement either saved`, async () => {
        const { sync, ...folders } = await twoAnalysts()
        const saved = await concurrentEdits(folders.ana, folders.ben)
        const results = []
        for (const who of order) results.push(await sync(folders[who], who))
        expect(results.map((r) => r.state)).toEqual(['synced', 'synced', 'synced'])
        expect(results[1]).toMatchObject({ merged: 2, conflicts: 1 })
        expect(await sharedFiles(folders.ana)).toEqual(await sharedFiles(folders.ben))
        const kept = await statementVersions(folders.ana)
        for (const version of saved) expect(kept).toContain(version)
        const article = await readArticle(folders.ana, 'article1')
        expect(Object.keys(article.statements).sort()).toEqual(['ana1', 'ben1', 's1'])
        expect(article.statements.s1.stance).toBe('opposes')
        const speakers = JSON.parse(
          await readFile(join(folders.ana, 'registry.json'), 'utf8'),
        ) as SyncedRegistry
        expect(speakers.speakers.minister).toMatchObject({
          name: 'Minister Ruth Hall',
          aliases: ['Ruth Hall'],
        })
      })
    }

    test('a push refused because the server moved meanwhile is fetched, merged and pushed again', async () => {
      const { sync, ana, ben } = await twoAnalysts()
      const saved = await concurrentEdits(ana, ben)
      // Ben's sync lands on the server after Ana fetched, just before her push arrives.
      server.beforeNextPush(async () => {
        server.beforeNextPush(async () => undefined)
        expect((await sync(ben, 'Ben')).state).toBe('synced')
      })
      expect(await sync(ana)).toMatchObject({ state: 'synced', merged: 2 })
      expect((await sync(ben, 'Ben')).state).toBe('synced')
      expect(await sharedFiles(ana)).toEqual(await sharedFiles(ben))
      const kept = await statementVersions(ana)
      for (const version of saved) expect(kept).toContain(version)
    })

    test('with the server down a sync says offline, keeps the work, and the next sync sends it', async () => {
      const down = await startGitServer(credentials)
      await down.createRepository('team')
      const remote = { url: down.url('team'), ...credentials }
      const ana = await tempDir()
      await saveArticle(ana, articleOf(TEXT, [{ statement: S2, words: 'strikes could follow' }]))
      const before = await sharedFiles(ana)
      await down.stop()
      const author = { name: 'Ana', email: 'ana@example.org' }
      const offline = await syncWithRemote({ dir: ana, remote, author })
      expect(offline).toEqual({
        state: 'offline',
        message: `The server at ${new URL(remote.url).host} cannot be reached. Your work is saved here and will sync later.`,
      })
      expect(await sharedFiles(ana)).toEqual(before)
      // The same repository served again, at a new address.
      const { sync, remote: again } = await team()
      expect(await sync(ana)).toMatchObject({ state: 'synced', pushed: 1 })
      const ben = await tempDir()
      await cloneRemote(ben, again)
      expect(await sharedFiles(ben)).toEqual(before)
      await down.close()
    })

    test('a wrong token is refused in plain words and nothing is lost', async () => {
      const { remote, ana } = await twoAnalysts()
      await saveArticle(ana, articleOf(TEXT, [{ statement: S2, words: 'strikes could follow' }]))
      const before = await sharedFiles(ana)
      const refused = await syncWithRemote({
        dir: ana,
        remote: { ...remote, token: 'wrong' },
        author: { name: 'Ana', email: 'ana@example.org' },
      })
      expect(refused).toEqual({
        state: 'refused',
        message: `The server refused the user name or token for ${new URL(remote.url).host}. Check them in Settings → Team.`,
      })
      expect(await sharedFiles(ana)).toEqual(before)
    })

    test('a registry of a newer format from a teammate is kept as it is, never merged down', async () => {
      const { sync, ana, ben } = await twoAnalysts()
      const newer = `${JSON.stringify({ ...registry, schemaVersion: 2, places: {} }, null, 2)}\n`
      await writeFile(join(ana, 'registry.json'), newer)
      const aliased = structuredClone(registry)
      aliased.speakers.minister.aliases = ['Ruth Hall']
      await writeFile(join(ben, 'registry.json'), sharedFileText(aliased))
      expect((await sync(ana, 'Ana')).state).toBe('synced')
      expect((await sync(ben, 'Ben')).state).toBe('synced')
      expect(await readFile(join(ben, 'registry.json'), 'utf8')).toBe(newer)
    })

    test('an article deleted by one analyst and recoded by the other is kept', async () => {
      const { sync, ana, ben } = await twoAnalysts()
      const { rm } = await import('node:fs/promises')
      await rm(join(ana, 'articles', 'article1.json'))
      const recoded = { ...S1, stance: 'neutral' as const, updatedAt: '2024-02-01T00:00:00.000Z' }
      await saveArticle(
        ben,
        articleOf(TEXT, [{ statement: recoded, words: 'the talks would resume next week' }]),
      )
      await sync(ana)
      await sync(ben, 'Ben')
      await sync(ana)
      expect((await readArticle(ana, 'article1')).statements.s1).toEqual(recoded)
      expect(await sharedFiles(ana)).toEqual(await sharedFiles(ben))
    })

    test("an empty folder synced with a team's server takes its files", async () => {
      const { sync, ana } = await twoAnalysts()
      const newcomer = await tempDir()
      expect(await sync(newcomer, 'Cleo')).toEqual({
        state: 'synced',
        pulled: 2,
        pushed: 0,
        merged: 0,
        conflicts: 0,
      })
      expect(await sharedFiles(newcomer)).toEqual(await sharedFiles(ana))
    })

    test('syncing with nothing changed changes nothing', async () => {
      const { sync, ana, ben } = await twoAnalysts()
      const before = await sharedFiles(ana)
      expect(await sync(ana)).toEqual({
        state: 'synced',
        pulled: 0,
        pushed: 0,
        merged: 0,
        conflicts: 0,
      })
      expect(await sync(ben, 'Ben')).toEqual({
        state: 'synced',
        pulled: 0,
        pushed: 0,
        merged: 0,
        conflicts: 0,
      })
      expect(await sharedFiles(ana)).toEqual(before)
    })
  },
)
