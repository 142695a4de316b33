import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'
import type { Notebook } from '../../../src-main/notebook/notebook'
import { TokenFile } from '../../../src-main/notebook/sync/tokenStore'
import { gitServerMissing, startGitServer, type GitServer } from '../../support/gitServer'
import { open, tempDir } from '../../support/tempArchive'

const missing = gitServerMissing()
const UNTAGGED = { tags: [], note: '' }
const credentials = { username: 'ana', token: 'team-token-3f9a1c' }
const TEXT = [
  'Talks on the budget',
  '',
  'The minister said the talks would resume next week. Unions warned that strikes could follow if wages stay frozen. Employers called the offer fair.',
].join('\n')

/** Every file under a folder (.git included), by its path in it. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name))
}

/** What an analyst sees of an archive's articles: titles and each statement's words and stance. */
async function seen(notebook: Notebook) {
  const { items } = await notebook.listArticles({ offset: 0, limit: 1000 })
  const articles = []
  for (const summary of items.toSorted((a, b) => a.id.localeCompare(b.id))) {
    const article = await notebook.getArticle(summary.id)
    articles.push({
      id: article.id,
      title: article.meta.title,
      statements: Object.values(article.statements)
        .map((s) => ({ id: s.id, stance: s.stance ?? null }))
        .toSorted((a, b) => a.id.localeCompare(b.id)),
    })
  }
  return articles
}

describe.skipIf(missing)(
  `a shared archive syncs through a git server${missing ? ` (skipped: ${missing})` : ''}`,
  () => {
    let server: GitServer
    let repositories = 0
    beforeAll(async () => {
      server = await startGitServer(credentials)
    })
    afterAll(() => server.close())

    async function analyst() {
      const config = await tempDir()
      const tokens = new TokenFile(config)
      const { dir, notebook } = await open(undefined, { tokens, backgroundSync: false })
      return { dir, notebook, config, tokens }
    }

    /** A team repository, Ana's archive with an article of her own shared to it. */
    async function team() {
      const name = `team${++repositories}`
      await server.createRepository(name)
      const url = server.url(name)
      const ana = await analyst()
      const article = await ana.notebook.importArticle({ text: TEXT, meta: {} })
      const { statement: s1 } = await ana.notebook.addStatement(article.id, {
        anchor: { exact: 'the talks would resume next week' },
        ...UNTAGGED,
        stance: 'supports',
      })
      const { statement: s2 } = await ana.notebook.addStatement(article.id, {
        anchor: { exact: 'strikes could follow' },
        ...UNTAGGED,
        stance: 'opposes',
      })
      const shared = await ana.notebook.setSyncRemote({ url, ...credentials })
      return { url, ana, articleId: article.id, s1, s2, shared }
    }

    test('changes saved but not yet sent are still counted after the app starts again', async () => {
      const { ana, articleId } = await team()
      await ana.notebook.addStatement(articleId, {
        anchor: { exact: 'Employers called the offer fair' },
        ...UNTAGGED,
      })
      expect((await ana.notebook.getSync()).waiting).toBe(1)
      await ana.notebook.close()
      const { notebook } = await open(ana.dir, { tokens: ana.tokens, backgroundSync: false })
      expect(await notebook.getSync()).toMatchObject({ state: 'up-to-date', waiting: 1 })
    })

    test('a second window on a shared archive (read-only) does not sync by itself', async () => {
      const { ana } = await team()
      const logged = vi.spyOn(console, 'error')
      try {
        const { notebook: second } = await open(ana.dir, {
          tokens: ana.tokens,
          backgroundSync: true,
        })
        expect((await second.getArchiveInfo()).readOnly).toBe(true)
        expect((await second.getSync()).state).toBe('up-to-date')
        // What a refused background sync would have logged, had one been tried.
        expect(logged.mock.calls.map(([first]) => first)).not.toContain('stancemark: a sync failed')
      } finally {
        logged.mockRestore()
      }
    })

    test('sharing an archive with work pushes it and says it is up to date', async () => {
      const { shared, url } = await team()
      expect(shared).toMatchObject({
        state: 'up-to-date',
        remote: { url, username: 'ana', hasToken: true },
        waiting: 0,
        conflicts: 0,
        message: null,
      })
      expect(shared.lastSynced).not.toBeNull()
    })

    test('an archive holding only the sample takes the team’s archive as it is', async () => {
      const { url, ana } = await team()
      const ben = await analyst()
      const bensSample = (await ben.notebook.getSample())?.articleId
      await ben.notebook.setSyncRemote({ url, ...credentials })
      expect(await seen(ben.notebook)).toEqual(await seen(ana.notebook))
      expect((await seen(ben.notebook)).map((a) => a.id)).not.toContain(bensSample)
    })

    test('two analysts add, recode and remove statements on the same article and end with the same archive', async () => {
      const { url, ana, articleId, s1, s2 } = await team()
      const ben = await analyst()
      await ben.notebook.setSyncRemote({ url, ...credentials })
      const added = { A: [] as string[], B: [] as string[] }
      for (const order of [
        ['A', 'B', 'A'],
        ['B', 'A', 'B'],
      ] as const) {
        const round = added.A.length
        const { statement: a } = await ana.notebook.addStatement(articleId, {
          anchor: { exact: 'Employers called the offer fair' },
          ...UNTAGGED,
          stance: 'neutral',
        })
        added.A.push(a.id)
        const { statement: b } = await ben.notebook.addStatement(articleId, {
          anchor: { exact: 'Unions warned' },
          ...UNTAGGED,
          stance: 'opposes',
        })
        added.B.push(b.id)
        if (round === 0) {
          await ana.notebook.updateStatement(articleId, s1.id, { stance: 'opposes' })
          await ben.notebook.removeStatement(articleId, s2.id)
        }
        expect((await ana.notebook.getSync()).waiting).toBe(1)
        for (const who of order) await (who === 'A' ? ana : ben).notebook.syncNow()
        // The one who synced first takes the other's changes at their next sync.
        await (order[0] === 'A' ? ana : ben).notebook.syncNow()
      }
      const archiveA = await seen(ana.notebook)
      expect(await seen(ben.notebook)).toEqual(archiveA)
      const statements = archiveA.find((a) => a.id === articleId)?.statements ?? []
      const ids = statements.map((s) => s.id)
      for (const id of [...added.A, ...added.B]) expect(ids).toContain(id)
      expect(ids).not.toContain(s2.id)
      expect(statements.find((s) => s.id === s1.id)?.stance).toBe('opposes')
      expect(await ana.notebook.getSync()).toMatchObject({ state: 'up-to-date', waiting: 0 })
    })

    test('a speaker renamed by one analyst and given an alias by the other keeps both', async () => {
      const { url, ana, articleId } = await team()
      const { statement } = await ana.notebook.addStatement(articleId, {
        anchor: { exact: 'Employers called the offer fair' },
        speaker: { name: 'Employers federation', kind: 'organisation' },
        ...UNTAGGED,
      })
      await ana.notebook.syncNow()
      const ben = await analyst()
      await ben.notebook.setSyncRemote({ url, ...credentials })
      const speakerId = statement.speakerId as string
      const speaker = (await ana.notebook.listSpeakers()).find((s) => s.id === speakerId)!
      await ana.notebook.saveSpeaker({
        ...speaker,
        name: 'Federation of Employers',
        aliases: speaker.aliases ?? [],
        notes: speaker.notes ?? '',
      })
      const bens = (await ben.notebook.listSpeakers()).find((s) => s.id === speakerId)!
      await ben.notebook.saveSpeaker({
        ...bens,
        aliases: [...(bens.aliases ?? []), 'FoE'],
        notes: bens.notes ?? '',
      })
      await ana.notebook.syncNow()
      await ben.notebook.syncNow()
      await ana.notebook.syncNow()
      for (const notebook of [ana.notebook, ben.notebook]) {
        const merged = (await notebook.listSpeakers()).find((s) => s.id === speakerId)
        expect(merged).toMatchObject({ name: 'Federation of Employers', aliases: ['FoE'] })
      }
    })

    test('with the server down the sync says offline, saving goes on, and the next sync goes through', async () => {
      const { url, ana, articleId } = await team()
      await server.stop()
      try {
        const { statement } = await ana.notebook.addStatement(articleId, {
          anchor: { exact: 'Employers called the offer fair' },
          ...UNTAGGED,
        })
        const offline = await ana.notebook.syncNow()
        expect(offline.status.state).toBe('offline')
        expect(offline.status.message).toBe(
          `The server at ${new URL(url).host} cannot be reached. Your work is saved here and will sync later.`,
        )
        expect(offline.status.waiting).toBe(1)
        await ana.notebook.updateStatement(articleId, statement.id, { stance: 'supports' })
        const saved = await ana.notebook.getArticle(articleId)
        expect(saved.statements[statement.id]?.stance).toBe('supports')
      } finally {
        await server.restart()
      }
      const back = await ana.notebook.syncNow()
      expect(back.status).toMatchObject({ state: 'up-to-date', waiting: 0, message: null })
      expect(back.pushed).toBe(1)
    })

    test('an article file changed outside the app between syncs is sent too', async () => {
      const { url, ana, articleId } = await team()
      const file = join(ana.dir, 'articles', `${articleId}.json`)
      const changed = (await readFile(file, 'utf8')).replace('Talks on the budget', 'Budget talks')
      await writeFile(file, changed)
      const outcome = await ana.notebook.syncNow()
      expect(outcome.pushed).toBe(1)
      const ben = await analyst()
      await ben.notebook.setSyncRemote({ url, ...credentials })
      expect((await ben.notebook.getArticle(articleId)).meta.title).toBe('Budget talks')
    })

    test('a wrong token is refused in plain words', async () => {
      const { url } = await team()
      const ben = await analyst()
      const refused = await ben.notebook.setSyncRemote({ url, username: 'ana', token: 'wrong' })
      expect(refused.state).toBe('refused')
      expect(refused.message).toBe(
        `The server refused the user name or token for ${new URL(url).host}. Check them in Settings → Team.`,
      )
    })

    test('the token is kept in a file only its owner reads, outside the archive, and nowhere in it', async () => {
      const { ana } = await team()
      const file = new TokenFile(ana.config).file
      expect((await stat(file)).mode & 0o777).toBe(0o600)
      expect(relative(ana.dir, file).startsWith('..')).toBe(true)
      const files = await filesUnder(ana.dir)
      expect(files.some((f) => f.includes(`${join(ana.dir, '.git')}/`))).toBe(true)
      for (const f of files) expect((await readFile(f)).includes(credentials.token)).toBe(false)
    })

    test('a speaker renamed two ways is counted among the conflicts the sync state shows', async () => {
      const { url, ana } = await team()
      const speaker = await ana.notebook.saveSpeaker({
        kind: 'organisation',
        name: 'Employers federation',
        aliases: [],
        notes: '',
      })
      await ana.notebook.syncNow()
      const ben = await analyst()
      await ben.notebook.setSyncRemote({ url, ...credentials })
      const fields = { aliases: speaker.aliases ?? [], notes: speaker.notes ?? '' }
      await ana.notebook.saveSpeaker({ ...speaker, ...fields, name: 'Federation of Employers' })
      await ben.notebook.saveSpeaker({ ...speaker, ...fields, name: 'Employers’ Federation' })
      await ana.notebook.syncNow()
      const { status } = await ben.notebook.syncNow()
      const { registry } = await ben.notebook.listConflicts()
      expect(registry).toHaveLength(1)
      expect(status.conflicts).toBe(1)
      expect((await ben.notebook.getSync()).conflicts).toBe(1)
    })

    test('stopping sharing forgets the remote and the token', async () => {
      const { ana } = await team()
      const off = await ana.notebook.setSyncRemote(null)
      expect(off).toMatchObject({ state: 'off', remote: null, waiting: 0 })
      expect(await ana.tokens.read(ana.dir)).toBeUndefined()
    })
  },
)
