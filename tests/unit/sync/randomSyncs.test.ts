import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { cloneRemote } from '../../../src-main/notebook/sync/cloneRemote'
import { syncWithRemote } from '../../../src-main/notebook/sync/syncWithRemote'
import { seededRandom } from '../../support/fuzz/seededRandom'
import { gitServerMissing, startGitServer, type GitServer } from '../../support/gitServer'
import { editFolder } from '../../support/randomFolderEdits'
import { articleOf, statement } from '../../support/syncArticles'
import { saveArticle, sharedFiles, statementVersions } from '../../support/syncFolders'
import { tempDir } from '../../support/tempArchive'

const missing = gitServerMissing()
const ROUNDS = 10
const credentials = { username: 'team', token: 'team-token' }

describe.skipIf(missing)(
  `random edits synced by two folders${missing ? ` (skipped: ${missing})` : ''}`,
  () => {
    let server: GitServer
    beforeAll(async () => {
      server = await startGitServer(credentials)
    })
    afterAll(() => server.close())

    test(`${ROUNDS} rounds of random edits by two analysts, synced in random order, keep the latest version of every statement`, async () => {
      await server.createRepository('random')
      const remote = { url: server.url('random'), ...credentials }
      const random = seededRandom(2626)
      const folders = { ana: await tempDir(), ben: await tempDir() }
      const sync = (who: 'ana' | 'ben') =>
        syncWithRemote({
          dir: folders[who],
          remote,
          author: { name: who, email: `${who}@example.org` },
        })
      for (const id of ['a1', 'a2', 'a3']) {
        const s = statement(`${id}s`, '2024-01-01T00:00:00.000Z')
        await saveArticle(
          folders.ana,
          articleOf(
            [
              'The minister said the talks would resume next week.',
              'Unions warned that strikes could follow.',
            ],
            [{ statement: s, words: 'the talks would resume' }],
            { id },
          ),
        )
      }
      await sync('ana')
      await cloneRemote(folders.ben, remote)
      let tick = 0
      const clock = () => new Date(Date.UTC(2024, 1, 1) + 1000 * ++tick).toISOString()
      const latest = new Map<string, string>()
      let merged = 0
      for (let round = 0; round < ROUNDS; round++) {
        for (const who of ['ana', 'ben'] as const)
          for (const { id, updatedAt } of await editFolder(folders[who], random, who, clock))
            if ((latest.get(id) ?? '') < updatedAt) latest.set(id, updatedAt)
        const order = random.chance(0.5) ? (['ana', 'ben'] as const) : (['ben', 'ana'] as const)
        for (const who of order) {
          const result = await sync(who)
          expect(result.state, `round ${round}`).toBe('synced')
          if (result.state === 'synced') merged += result.merged
        }
      }
      for (const who of ['ana', 'ben', 'ana'] as const) await sync(who)
      expect(await sharedFiles(folders.ben)).toEqual(await sharedFiles(folders.ana))
      const kept = [...(await statementVersions(folders.ana))].map(
        (v) => JSON.parse(v) as { id: string; updatedAt: string },
      )
      // The same files changed on both sides in most rounds: merges by entity, not fast-forwards.
      expect(merged).toBeGreaterThanOrEqual(ROUNDS / 2)
      for (const [id, updatedAt] of latest)
        expect(
          kept.some((v) => v.id === id && v.updatedAt === updatedAt),
          `${id} at ${updatedAt}`,
        ).toBe(true)
    }, 180_000)
  },
)
