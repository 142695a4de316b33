import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Notebook } from '../../../src-main/notebook/notebook'
import { TokenFile } from '../../../src-main/notebook/sync/tokenStore'
import type { Registry } from '../../../src-main/notebook/storage/registryFile'
import type { Article, DocJSON } from '../../../src-main/shared/model'
import { seededRandom } from '../../support/fuzz/seededRandom'
import { gitServerMissing, startGitServer, type GitServer } from '../../support/gitServer'
import { textOf } from '../../support/markedWords'
import { editNotebook, SavedWork } from '../../support/randomNotebookEdits'
import { sharedFiles, statementVersions } from '../../support/syncFolders'
import { open, tempDir } from '../../support/tempArchive'

const missing = gitServerMissing()
const SYNCS = Number(process.env.SOAK_SYNCS ?? 1000)
const credentials = { username: 'team', token: 'soak-token-7d2e' }
const TEXTS = [
  'Talks on the budget\n\nThe minister said the talks would resume next week. Unions warned that strikes could follow if wages stay frozen.',
  'Hospital funding\n\nThe health board said two wards would close. Nurses called the plan reckless and the mayor asked for a review.',
  'Port expansion\n\nThe port authority wants a new quay. Fishers fear for their catch, and the council has not decided.',
]

describe.skipIf(missing)(
  `two archives syncing random edits through a git server${missing ? ` (skipped: ${missing})` : ''}`,
  () => {
    let server: GitServer
    beforeAll(async () => {
      server = await startGitServer(credentials)
    })
    afterAll(() => server.close())

    test(`${SYNCS} syncs of random edits by two archives (seeded) lose nothing either saved`, async () => {
      const started = Date.now()
      await server.createRepository('soak')
      const url = server.url('soak')
      let time = Date.parse('2026-03-01T09:00:00.000Z')
      // One clock for both machines, a second a call: the same seed makes the same run.
      const now = () => new Date((time += 1000))
      const analyst = async () => {
        const tokens = new TokenFile(await tempDir())
        return (await open(undefined, { tokens, now, backgroundSync: false })).notebook
      }
      const work = new SavedWork()
      const ana = await analyst()
      await ana.removeSample()
      for (const text of TEXTS)
        work.texts.add(textOf((await ana.importArticle({ text, meta: {} })).body as DocJSON))
      await ana.setSyncRemote({ url, ...credentials })
      const ben = await analyst()
      expect((await ben.setSyncRemote({ url, ...credentials })).state).toBe('up-to-date')
      const archives = { ana, ben }
      const random = seededRandom(2026)
      let merged = 0
      for (let sync = 0; sync < SYNCS; sync++) {
        for (const who of ['ana', 'ben'] as const)
          for (let n = random.int(3); n > 0; n--)
            await editNotebook(archives[who], random, who, work)
        const who = random.chance(0.5) ? 'ana' : 'ben'
        const outcome = await archives[who].syncNow()
        expect(outcome.status.state, `sync ${sync} by ${who}`).toBe('up-to-date')
        merged += outcome.merged
      }
      for (const notebook of [ana, ben, ana]) await notebook.syncNow()
      const seconds = Math.round((Date.now() - started) / 1000)
      console.info(
        `sync soak: ${SYNCS} syncs, ${work.step} edits (${work.refused} refused), ${merged} files merged, ${seconds} s`,
      )

      // Both at rest, holding the same shared files.
      for (const notebook of [ana, ben])
        expect(await notebook.getSync()).toMatchObject({ state: 'up-to-date', waiting: 0 })
      const files = await sharedFiles(ana.archiveDir)
      expect(await sharedFiles(ben.archiveDir)).toEqual(files)
      expect(merged).toBeGreaterThan(SYNCS / 10)

      // Every statement version saved and not built on since is there: on an article or a copy, or set aside as a conflict.
      const kept = await statementVersions(ana.archiveDir)
      const live = work.liveStatements()
      expect(live.length).toBeGreaterThan(SYNCS / 10)
      for (const { version } of live) expect(kept.has(version), version).toBe(true)

      // Every text saved and not edited since is an article's text (its own, or a conflict copy's).
      const articles = Object.entries(files)
        .filter(([path]) => path.startsWith('articles/'))
        .map(([, text]) => JSON.parse(text) as Article)
      const texts = new Set(articles.map((article) => textOf(article.body as DocJSON)))
      for (const text of work.liveTexts()) expect(texts.has(text), text).toBe(true)

      // Every conflict copy is named by the article it is a copy of: none is left unrecorded.
      const byId = new Map(articles.map((article) => [article.id, article]))
      for (const copy of articles.filter((article) => article.copyOf))
        expect(
          byId.get(copy.copyOf!)?.conflicts?.some((c) => c.kind === 'text' && c.copyId === copy.id),
          copy.id,
        ).toBe(true)

      // Speakers and positions: every one made is there, every alias added, every name given
      // and not renamed since is the speaker's name or its recorded conflict.
      const registry = JSON.parse(files['registry.json']) as Registry
      for (const id of work.positions) expect(registry.positions[id], id).toBeDefined()
      for (const [id, aliases] of work.aliases)
        expect(registry.speakers[id]?.aliases, id).toEqual(expect.arrayContaining([...aliases]))
      for (const id of work.names.keys()) {
        const speaker = registry.speakers[id]
        expect(speaker, id).toBeDefined()
        const others = (registry.conflicts ?? [])
          .filter((c) => c.kind === 'speaker' && c.id === id && c.field === 'name')
          .map((c) => c.other)
        for (const name of work.liveNames(id)) expect([speaker.name, ...others], id).toContain(name)
      }

      // Each notebook shows what its files hold: every article, as the sync wrote it.
      for (const notebook of [ana, ben] as Notebook[]) {
        expect((await notebook.listArticles({ offset: 0, limit: 1000 })).total).toBe(
          articles.length,
        )
        for (const article of articles)
          expect(await notebook.getArticle(article.id), article.id).toMatchObject({
            revision: article.revision,
            statements: article.statements,
          })
      }

      // The edits reached the hard cases: statements recoded on both sides, texts edited on both.
      const statementConflicts = articles
        .flatMap((a) => a.conflicts ?? [])
        .filter((c) => c.kind === 'statement')
      const copies = articles.filter((article) => article.copyOf)
      console.info(
        `sync soak: ${articles.length} articles (${copies.length} conflict copies), ${statementConflicts.length} statement conflicts, ${registry.conflicts?.length ?? 0} registry conflicts, ${live.length} statement versions checked`,
      )
      expect(statementConflicts.length).toBeGreaterThan(0)
      expect(copies.length).toBeGreaterThan(0)

      // What the conflicts list shows is what the sync state counts, the same on both machines.
      for (const notebook of [ana, ben] as Notebook[]) {
        const { articles: withConflicts, registry: registryConflicts } =
          await notebook.listConflicts()
        const listed =
          withConflicts.reduce((sum, a) => sum + a.conflicts, 0) + registryConflicts.length
        expect((await notebook.getSync()).conflicts).toBe(listed)
      }
    }, 3_600_000)
  },
)
