import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { TokenFile } from '../../../src-main/notebook/sync/tokenStore'
import { gitServerMissing, startGitServer, type GitServer } from '../../support/gitServer'
import { open, tempDir } from '../../support/tempArchive'

const missing = gitServerMissing()
const ours = { username: 'ana', token: 'first-team-token-41c2' }
const theirs = { username: 'ana', token: 'second-team-token-9be0' }
const TEXT =
  'Talks on the budget\n\nThe minister said the talks would resume next week. Unions warned that strikes could follow.'

describe.skipIf(missing)(
  `changing the team archive's address${missing ? ` (skipped: ${missing})` : ''}`,
  () => {
    let first: GitServer
    let second: GitServer
    let repositories = 0
    beforeAll(async () => {
      first = await startGitServer(ours)
      second = await startGitServer(theirs)
    })
    afterAll(async () => {
      await first.close()
      await second.close()
    })

    /** Ana's archive with an article of her own, shared on the first server with its token. */
    async function shared() {
      const name = `team${++repositories}`
      await first.createRepository(name)
      const url = first.url(name)
      const tokens = new TokenFile(await tempDir())
      const { dir, notebook } = await open(undefined, { tokens, backgroundSync: false })
      const article = await notebook.importArticle({ text: TEXT, meta: {} })
      expect((await notebook.setSyncRemote({ url, ...ours })).state).toBe('up-to-date')
      return { url, dir, notebook, tokens, articleId: article.id }
    }

    /** The archive still syncs with its old address and token: a new statement reaches it. */
    async function stillShared(archive: Awaited<ReturnType<typeof shared>>) {
      const { url, dir, notebook, tokens, articleId } = archive
      expect(await tokens.read(dir)).toBe(ours.token)
      expect(await notebook.getSync()).toMatchObject({
        state: 'up-to-date',
        remote: { url, username: 'ana', hasToken: true },
        message: null,
      })
      await notebook.addStatement(articleId, {
        anchor: { exact: 'strikes could follow' },
        tags: [],
        note: '',
      })
      const outcome = await notebook.syncNow()
      expect(outcome.status).toMatchObject({ state: 'up-to-date', remote: { url }, waiting: 0 })
      expect(outcome.pushed).toBe(1)
    }

    test('a new address on another server that refuses the token keeps the old address and its token, and says what failed', async () => {
      const archive = await shared()
      await second.createRepository('elsewhere')
      const url = second.url('elsewhere')
      await expect(archive.notebook.setSyncRemote({ url, ...ours })).rejects.toThrow(
        `The team archive’s address was not changed: the server refused the user name or token for ${new URL(url).host}. This archive still syncs with ${archive.url}.`,
      )
      await stillShared(archive)
    })

    test('a new repository with a token of its own, given the wrong one, keeps the old address and its token', async () => {
      const archive = await shared()
      await first.createRepository('closed', theirs)
      const url = first.url('closed')
      await expect(
        archive.notebook.setSyncRemote({ url, username: 'ana', token: 'not-the-token' }),
      ).rejects.toThrow(
        `The team archive’s address was not changed: the server refused the user name or token for ${new URL(url).host}. This archive still syncs with ${archive.url}.`,
      )
      await stillShared(archive)
    })

    test('a new address on a server that cannot be reached keeps the old address and its token, and says so', async () => {
      const archive = await shared()
      const down = await startGitServer(theirs)
      await down.createRepository('gone')
      const url = down.url('gone')
      await down.close()
      await expect(archive.notebook.setSyncRemote({ url, ...theirs })).rejects.toThrow(
        `The team archive’s address was not changed: the server at ${new URL(url).host} cannot be reached or is not answering. This archive still syncs with ${archive.url}.`,
      )
      await stillShared(archive)
    })

    test('a new address with no repository behind it keeps the old address and its token', async () => {
      const archive = await shared()
      const url = second.url('nowhere')
      await expect(archive.notebook.setSyncRemote({ url, ...theirs })).rejects.toThrow(
        `There is no git repository at ${url}.`,
      )
      await stillShared(archive)
    })

    test('a new address whose server takes the new token is kept with that token', async () => {
      const archive = await shared()
      await second.createRepository('moved')
      const url = second.url('moved')
      const moved = await archive.notebook.setSyncRemote({ url, ...theirs })
      expect(moved).toMatchObject({ state: 'up-to-date', remote: { url, hasToken: true } })
      expect(await archive.tokens.read(archive.dir)).toBe(theirs.token)
    })
  },
)
