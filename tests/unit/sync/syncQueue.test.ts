import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import type { Notebook } from '../../../src-main/notebook/notebook'
import { TokenFile } from '../../../src-main/notebook/sync/tokenStore'
import { gitServerMissing, startGitServer, type GitServer } from '../../support/gitServer'
import { open, tempDir } from '../../support/tempArchive'

// A sync takes the write queue only to commit, merge and write: the server's answers (slow, hung,
// gone) are waited for outside it, so saving goes on meanwhile. On the old code, where a sync held
// the queue for its whole run, each save below waited for the held server: the test timed out.

const missing = gitServerMissing()
const UNTAGGED = { tags: [], note: '' }
const credentials = { username: 'ana', token: 'team-token-5d2e7b' }
const TEXT = [
  'Talks on the budget',
  '',
  'The minister said the talks would resume next week. Unions warned that strikes could follow if wages stay frozen. Employers called the offer fair.',
].join('\n')

/** Each statement's words and stance, as the analyst sees the article. */
async function statementsOf(notebook: Notebook, articleId: string) {
  const article = await notebook.getArticle(articleId)
  return Object.values(article.statements)
    .map((s) => ({ id: s.id, stance: s.stance ?? null }))
    .toSorted((a, b) => a.id.localeCompare(b.id))
}

describe.skipIf(missing)(
  `saving while a sync waits for the server${missing ? ` (skipped: ${missing})` : ''}`,
  () => {
    let server: GitServer
    let repositories = 0
    const holds: (() => void)[] = []
    beforeAll(async () => {
      server = await startGitServer(credentials)
    })
    afterEach(async () => {
      // A test that failed while the server held a request lets it go, so the next one starts clean.
      for (const release of holds.splice(0)) release()
      await server.restart()
    })
    afterAll(() => server.close())

    function hold(request: 'fetch' | 'push') {
      const held = server.hold(request)
      holds.push(held.release)
      return held
    }

    async function analyst() {
      const tokens = new TokenFile(await tempDir())
      return (await open(undefined, { tokens, backgroundSync: false })).notebook
    }

    /** Ana shares an article with one statement; Ben joins; Ben adds a statement and syncs it. */
    async function teamWithBensChange() {
      const name = `queue${++repositories}`
      await server.createRepository(name)
      const url = server.url(name)
      const ana = await analyst()
      const { id: articleId } = await ana.importArticle({ text: TEXT, meta: {} })
      await ana.addStatement(articleId, {
        anchor: { exact: 'the talks would resume next week' },
        ...UNTAGGED,
        stance: 'supports',
      })
      await ana.setSyncRemote({ url, ...credentials })
      const ben = await analyst()
      await ben.setSyncRemote({ url, ...credentials })
      const { statement: bens } = await ben.addStatement(articleId, {
        anchor: { exact: 'strikes could follow' },
        ...UNTAGGED,
        stance: 'opposes',
      })
      await ben.syncNow()
      return { ana, ben, articleId, bens }
    }

    test('a save made while the server holds the sync is done before the sync ends, and the sync brings it together with the teammate’s change', async () => {
      const { ana, ben, articleId, bens } = await teamWithBensChange()
      const fetch = hold('fetch')
      const syncing = ana.syncNow()
      await fetch.arrived
      // The same article Ben changed, saved after the sync committed and before it merged.
      const { statement: anas } = await ana.addStatement(articleId, {
        anchor: { exact: 'Employers called the offer fair' },
        ...UNTAGGED,
        stance: 'neutral',
      })
      expect((await ana.getSync()).state).toBe('syncing')
      fetch.release()
      const outcome = await syncing
      expect(outcome).toMatchObject({ pulled: 1, pushed: 1, merged: 1 })
      expect(outcome.status).toMatchObject({ state: 'up-to-date', waiting: 0 })
      const both = await statementsOf(ana, articleId)
      expect(both.map((s) => s.id)).toEqual(expect.arrayContaining([anas.id, bens.id]))
      await ben.syncNow()
      expect(await statementsOf(ben, articleId)).toEqual(both)
    })

    test('a save made while the server holds the push waits for the next sync, and is not lost', async () => {
      const { ana, ben, articleId } = await teamWithBensChange()
      const push = hold('push')
      await ana.addStatement(articleId, {
        anchor: { exact: 'Unions warned' },
        ...UNTAGGED,
        stance: 'opposes',
      })
      const syncing = ana.syncNow()
      await push.arrived
      const { statement: later } = await ana.addStatement(articleId, {
        anchor: { exact: 'Employers called the offer fair' },
        ...UNTAGGED,
        stance: 'supports',
      })
      push.release()
      const outcome = await syncing
      expect(outcome.pushed).toBe(1)
      expect(outcome.status).toMatchObject({ state: 'up-to-date', waiting: 1 })
      expect((await ana.getArticle(articleId)).statements[later.id]?.stance).toBe('supports')
      expect((await ana.syncNow()).pushed).toBe(1)
      await ben.syncNow()
      expect(await statementsOf(ben, articleId)).toEqual(await statementsOf(ana, articleId))
      expect((await ben.getArticle(articleId)).statements[later.id]?.stance).toBe('supports')
    })

    test('a push refused because a teammate pushed meanwhile, with a save made then, ends with every change on the server', async () => {
      const { ana, ben, articleId } = await teamWithBensChange()
      await ana.addStatement(articleId, {
        anchor: { exact: 'Unions warned' },
        ...UNTAGGED,
        stance: 'opposes',
      })
      let anasLater = ''
      let bensLater = ''
      server.beforeNextPush(async () => {
        // While Ana's push is on its way: Ben's change reaches the server first, Ana saves again.
        const { statement } = await ben.addStatement(articleId, {
          anchor: { exact: 'The minister said' },
          ...UNTAGGED,
          stance: 'neutral',
        })
        bensLater = statement.id
        await ben.syncNow()
        const { statement: anas } = await ana.addStatement(articleId, {
          anchor: { exact: 'Employers called the offer fair' },
          ...UNTAGGED,
          stance: 'supports',
        })
        anasLater = anas.id
      })
      const outcome = await ana.syncNow()
      expect(outcome.status).toMatchObject({ state: 'up-to-date', waiting: 0 })
      await ben.syncNow()
      const ids = (await statementsOf(ben, articleId)).map((s) => s.id)
      expect(ids).toEqual(expect.arrayContaining([anasLater, bensLater]))
      expect(await statementsOf(ben, articleId)).toEqual(await statementsOf(ana, articleId))
    })

    test('an article imported while the team’s archive is being fetched for joining is kept and merged with it', async () => {
      const { ana, articleId } = await teamWithBensChange()
      const url = (await ana.getSync()).remote?.url as string
      const cara = await analyst()
      const fetch = hold('fetch')
      const joining = cara.setSyncRemote({ url, ...credentials })
      await fetch.arrived
      const { id: imported } = await cara.importArticle({
        text: 'Strike called off\n\nThe unions called the strike off late on Sunday.',
        meta: {},
      })
      expect((await cara.getSync()).state).toBe('syncing')
      fetch.release()
      expect(await joining).toMatchObject({ state: 'up-to-date', waiting: 0 })
      const titles = async (notebook: Notebook) =>
        (await notebook.listArticles({ offset: 0, limit: 100 })).items.map((a) => a.id)
      expect(await titles(cara)).toEqual(expect.arrayContaining([imported, articleId]))
      await ana.syncNow()
      expect((await ana.getArticle(imported)).meta.title).toBe('Strike called off')
    })

    test('a server that stops answering mid-sync leaves it offline, and saving went on meanwhile', async () => {
      // The app gives a silent server two minutes; these archives' sync threads, started below,
      // give it three seconds.
      process.env.STANCEMARK_SERVER_SILENCE_MS = '3000'
      try {
        const { ana, articleId } = await teamWithBensChange()
        // Never released: the sync's request waits until the client gives up on it.
        hold('fetch')
        const syncing = ana.syncNow()
        await ana.addStatement(articleId, {
          anchor: { exact: 'Employers called the offer fair' },
          ...UNTAGGED,
          stance: 'supports',
        })
        const { status } = await syncing
        expect(status).toMatchObject({ state: 'offline', waiting: 1 })
        expect(status.message).toMatch(/cannot be reached\. Your work is saved here/)
      } finally {
        delete process.env.STANCEMARK_SERVER_SILENCE_MS
      }
    })

    test('with the server gone while a sync waits for it, saving goes on and the sync says offline', async () => {
      const { ana, ben, articleId } = await teamWithBensChange()
      const fetch = hold('fetch')
      const syncing = ana.syncNow()
      await fetch.arrived
      const { statement } = await ana.addStatement(articleId, {
        anchor: { exact: 'Employers called the offer fair' },
        ...UNTAGGED,
        stance: 'supports',
      })
      await server.stop()
      const offline = await syncing
      expect(offline.status).toMatchObject({ state: 'offline', waiting: 1 })
      await ana.updateStatement(articleId, statement.id, { stance: 'opposes' })
      await server.restart()
      const back = await ana.syncNow()
      expect(back.status).toMatchObject({ state: 'up-to-date', waiting: 0 })
      await ben.syncNow()
      expect((await ben.getArticle(articleId)).statements[statement.id]?.stance).toBe('opposes')
    })
  },
)
