import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import MiniSearch from 'minisearch'
import { describe, expect, test, vi } from 'vitest'
import { foldText } from '../../../src-main/shared/nameKey'
import type { Article, DocJSON } from '../../../src-main/shared/model'
import type { Notebook } from '../../../src-main/notebook/notebook'
import { SEARCH_INDEX_VERSION } from '../../../src-main/notebook/library/searchIndex'
import { STATEMENT_INDEX_VERSION } from '../../../src-main/notebook/statements/statementIndex'
import { codedArchive } from '../../support/codedArchive'
import { open } from '../../support/tempArchive'

const indexFile = (dir: string) => join(dir, 'index', 'search.jsonl')
/** The first line of the index file: its version and which version of each article it holds. */
const indexHead = async (dir: string) =>
  JSON.parse((await readFile(indexFile(dir), 'utf8')).split('\n')[0])

/** The words a hit marks in its snippet. */
const marked = (hit: { snippet: string; highlights: [number, number][] }) =>
  hit.highlights.map(([start, end]) => hit.snippet.slice(start, end))

describe('full-text search', () => {
  test('finds words of the text with a snippet and the words marked in it', async () => {
    const { notebook } = await codedArchive()
    const [hit, ...others] = (await notebook.search({ text: 'treaty signed', limit: 10 })).hits
    expect(others).toEqual([])
    expect(hit).toMatchObject({
      title: 'River talks resume',
      source: 'Senna Courier',
      field: 'text',
    })
    expect(hit.snippet).toContain('the treaty must be signed this spring')
    expect(marked(hit)).toEqual(['treaty', 'signed', 'treaty'])
  })

  test('matches a word still being typed, and one with a typo or without its accents', async () => {
    const { notebook } = await codedArchive()
    const titles = async (text: string) =>
      (await notebook.search({ text, limit: 10 })).hits.map((hit) => hit.title).sort()
    expect(await titles('fish')).toEqual(['River talks resume'])
    expect(await titles('obsevers')).toEqual(['Velin changes course'])
    expect(await titles('VÉLIN cour')).toEqual(['Velin changes course'])
  })

  test('the first letter of a next word keeps the matches of the words before it', async () => {
    const { notebook } = await codedArchive()
    const titles = async (text: string) =>
      (await notebook.search({ text, limit: 10 })).hits.map((hit) => hit.title).sort()
    expect(await titles('treaty')).toEqual(['River talks resume', 'Velin changes course'])
    expect(await titles('treaty c')).toEqual(['River talks resume', 'Velin changes course'])
    expect(await titles('treaty cu')).toEqual(['Velin changes course'])
    // Typed and followed by a space, one letter is a word of the search like any other.
    expect(await titles('treaty c ')).toEqual([])
    expect(await titles('c')).toEqual([])
  })

  test('a search for “negotiate” finds “negotiations”, and the reverse, marking the words as written', async () => {
    const { notebook } = await codedArchive()
    const talks = await notebook.importArticle({
      text: 'Farmers are tired. “Our fields cannot wait for another year of negotiations,” the union said.',
      meta: { title: 'Union loses patience' },
    })
    const envoy = await notebook.importArticle({
      text: 'The envoy said both sides were ready to negotiate. Negotiating would start in May.',
      meta: { title: 'Envoy hopeful' },
    })
    const found = async (text: string) =>
      Object.fromEntries(
        (await notebook.search({ text, limit: 10 })).hits.map((hit) => [
          hit.articleId,
          marked(hit),
        ]),
      )
    expect(await found('negotiate')).toEqual({
      [talks.id]: ['negotiations'],
      [envoy.id]: ['negotiate', 'Negotiating'],
    })
    expect(await found('negotiations ')).toEqual(await found('negotiate'))
    expect(await found('negotiated talks')).toEqual({})
  })

  test('the words of a search are found in an article’s text, as written, for it to open at', async () => {
    const { notebook } = await codedArchive()
    const text =
      'The envoy said both sides were ready to negotiate. Negotiating would start in May.'
    const envoy = await notebook.importArticle({ text, meta: { title: 'Envoy hopeful' } })
    const found = await notebook.findInArticle(envoy.id, 'negotiations')
    expect(found.map(([start, end]) => text.slice(start, end))).toEqual([
      'negotiate',
      'Negotiating',
    ])
    expect(await notebook.findInArticle(envoy.id, 'harbour')).toEqual([])
  })

  test('a word still being typed finds the words it is on its way to', async () => {
    const { notebook } = await codedArchive()
    await notebook.importArticle({
      text: 'The delegations agreed: negotiations resume on Monday.',
      meta: { title: 'Talks resume' },
    })
    const titles = async (text: string) =>
      (await notebook.search({ text, limit: 10 })).hits.map((hit) => hit.title)
    for (const typed of ['negot', 'negotia', 'negotiat', 'negotiatio', 'negotiation'])
      expect(await titles(typed)).toEqual(['Talks resume'])
  })

  test('marks the title when the words are in it', async () => {
    const { notebook } = await codedArchive()
    const [hit] = (await notebook.search({ text: 'closure', limit: 10 })).hits
    expect(hit.titleHighlights.map(([s, e]) => hit.title.slice(s, e))).toEqual(['closure'])
  })

  test('finds only among the articles the library’s filters list', async () => {
    const { notebook, speakers } = await codedArchive()
    const titles = async (filter: Partial<Parameters<Notebook['search']>[0]>) =>
      (await notebook.search({ text: 'treaty', limit: 10, ...filter })).hits.map((hit) => hit.title)
    expect((await titles({})).sort()).toEqual(['River talks resume', 'Velin changes course'])
    expect(await titles({ speakerId: speakers['Water Ministry'] })).toEqual(['River talks resume'])
    expect(await titles({ source: 'Kestran Daily' })).toEqual(['Velin changes course'])
    expect(await titles({ speakerId: speakers['Mara Velin'], stance: 'opposes' })).toEqual([
      'Velin changes course',
    ])
    expect(await titles({ to: '2023-02-01' })).toEqual(['River talks resume'])
    expect(await titles({ hasStatements: false })).toEqual([])
  })

  test('hits come a page at a time, each page where the one before it ended', async () => {
    const { notebook } = await open()
    for (let i = 1; i <= 8; i++)
      await notebook.importArticle({
        text: `Wire ${i}. ${'The harbour reopened. '.repeat(i)}Ferries ran late.`,
        meta: { title: `Harbour wire ${i}` },
      })
    const ids = async (offset: number, limit: number) =>
      (await notebook.search({ text: 'harbour', offset, limit })).hits.map((hit) => hit.title)
    const pages = [...(await ids(0, 3)), ...(await ids(3, 3)), ...(await ids(6, 3))]
    expect(pages).toEqual(await ids(0, 8))
    expect(new Set(pages).size).toBe(8)
    expect(await ids(8, 3)).toEqual([])
  })

  test('each page says how many articles match in all, among those the filters list', async () => {
    const { notebook } = await open()
    for (let i = 1; i <= 7; i++)
      await notebook.importArticle({
        text: `Wire ${i}. The harbour ${i % 2 ? 'reopened' : 'stayed shut'}.`,
        meta: { title: `Harbour wire ${i}`, source: i <= 3 ? 'Senna Courier' : 'Kestran Daily' },
      })
    const total = async (query: Partial<Parameters<Notebook['search']>[0]>) => {
      const { hits, total } = await notebook.search({ text: 'harbour', limit: 2, ...query })
      return [hits.length, total]
    }
    expect(await total({})).toEqual([2, 7])
    expect(await total({ offset: 6 })).toEqual([1, 7])
    expect(await total({ text: 'harbour reopened' })).toEqual([2, 4])
    expect(await total({ source: 'Senna Courier' })).toEqual([2, 3])
    expect(await total({ text: 'lighthouse' })).toEqual([0, 0])
    expect(await total({ text: '  ' })).toEqual([0, 0])
  })

  test('a saved article is found by its new words at once, and its index file follows', async () => {
    const { dir, notebook, ids } = await codedArchive()
    await notebook.search({ text: 'treaty', limit: 10 })
    const article = await notebook.getArticle(ids[2])
    await notebook.updateArticle(ids[2], {
      baseRevision: article.revision,
      body: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [{ type: 'text', text: 'The lighthouse keepers went on strike.' }],
          },
        ],
      },
    })
    const [hit] = (await notebook.search({ text: 'lighthouse', limit: 10 })).hits
    expect(hit).toMatchObject({
      articleId: ids[2],
      snippet: 'The lighthouse keepers went on strike.',
    })
    expect((await notebook.search({ text: 'nothing said', limit: 10 })).hits).toEqual([])
    expect(notebook.indexStats().loaded.search).toBe('rebuilt')
    await notebook.close()
    const saved = await indexHead(dir)
    expect(saved.stamps[ids[2]]).toMatch(new RegExp(`^${article.revision + 1} `))
  })

  test('the index files are written once searching pauses, not while the analyst searches', async () => {
    const coded = await codedArchive()
    await coded.notebook.search({ text: 'treaty', limit: 10 })
    // Closed and opened again, so that no write from the coding is still due on a real timer
    // (on a loaded machine one came due after the timers were faked).
    await coded.notebook.close()
    const { notebook } = await open(coded.dir)
    const { ids } = coded
    await notebook.search({ text: 'treaty', limit: 10 })
    expect(notebook.indexStats()).toMatchObject({ loaded: { search: 'file' }, writes: 0 })
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      const article = await notebook.getArticle(ids[2])
      await notebook.updateArticle(ids[2], {
        baseRevision: article.revision,
        meta: { tags: ['ports'] },
      })
      // A search every second: writing the search index would hold them up.
      for (let second = 0; second < 4; second++) {
        vi.advanceTimersByTime(1000)
        expect((await notebook.search({ text: 'fishing', limit: 10 })).hits).toHaveLength(1)
      }
      await sleep(300) // a write under way would be done by now
      expect(notebook.indexStats().writes).toBe(0)
      vi.advanceTimersByTime(1600)
      await vi.waitUntil(() => notebook.indexStats().writes === 2, { interval: 1, timeout: 10_000 })
    } finally {
      vi.useRealTimers()
    }
    await notebook.close()
  })

  test('a snippet shown before an edit is shown as the article now reads', async () => {
    const { notebook } = await codedArchive()
    const [before] = (await notebook.search({ text: 'treaty signed', limit: 10 })).hits
    expect(before.snippet).toContain('the treaty must be signed this spring')
    const article = await notebook.getArticle(before.articleId)
    const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })
    await notebook.updateArticle(article.id, {
      baseRevision: article.revision,
      body: { type: 'doc', content: [paragraph('The treaty was signed at dawn.')] },
    })
    const [after] = (await notebook.search({ text: 'treaty signed', limit: 10 })).hits
    expect(after.snippet).toBe('The treaty was signed at dawn.')
    expect(marked(after)).toEqual(['treaty', 'signed'])
  })

  test('a deleted article is not found; restored, it is again', async () => {
    const { notebook, ids } = await codedArchive()
    expect((await notebook.search({ text: 'fishing', limit: 10 })).hits).toHaveLength(1)
    await notebook.deleteArticle(ids[0])
    expect((await notebook.search({ text: 'fishing', limit: 10 })).hits).toEqual([])
    await notebook.restoreArticle(ids[0])
    expect((await notebook.search({ text: 'fishing', limit: 10 })).hits).toHaveLength(1)
  })

  test('the index is read back when the archive opens again, not rebuilt', async () => {
    const { dir, notebook } = await codedArchive()
    await notebook.search({ text: 'treaty', limit: 10 })
    await notebook.close()
    const written = (await stat(indexFile(dir))).mtimeMs
    const reopened = (await open(dir)).notebook
    expect((await reopened.search({ text: 'fishing', limit: 10 })).hits).toHaveLength(1)
    // The statement index loads in the background after open.
    await vi.waitFor(() =>
      expect(reopened.indexStats()).toMatchObject({
        loaded: { search: 'file', statements: 'file' },
        reindexed: 0,
      }),
    )
    await reopened.close()
    expect((await stat(indexFile(dir))).mtimeMs).toBe(written)
  })

  test('an article changed while the archive was closed is brought up to date alone', async () => {
    const { dir, notebook, ids } = await codedArchive()
    await notebook.search({ text: 'treaty', limit: 10 })
    await notebook.close()
    const [head, ...terms] = (await readFile(indexFile(dir), 'utf8')).split('\n')
    const changed = JSON.parse(head)
    delete changed.stamps[ids[1]]
    await writeFile(indexFile(dir), [JSON.stringify(changed), ...terms].join('\n'))
    const reopened = (await open(dir)).notebook
    expect((await reopened.search({ text: 'observers', limit: 10 })).hits).toHaveLength(1)
    expect(reopened.indexStats()).toMatchObject({ loaded: { search: 'file' }, reindexed: 1 })
  })

  test('closed while its index is still loading, the archive keeps the index file as it was', async () => {
    const { dir, notebook } = await codedArchive()
    await notebook.search({ text: 'treaty', limit: 10 })
    await notebook.close()
    const before = await readFile(indexFile(dir), 'utf8')
    const reopened = (await open(dir)).notebook
    await reopened.listArticles({ offset: 0, limit: 10 })
    await reopened.close()
    expect(await readFile(indexFile(dir), 'utf8')).toBe(before)
    const again = (await open(dir)).notebook
    expect((await again.search({ text: 'fishing', limit: 10 })).hits).toHaveLength(1)
    expect(again.indexStats().loaded.search).toBe('file')
  })

  test('an index file cut short is rebuilt, not read as an index missing words', async () => {
    const { dir, notebook } = await codedArchive()
    await notebook.search({ text: 'treaty', limit: 10 })
    await notebook.close()
    const lines = (await readFile(indexFile(dir), 'utf8')).split('\n')
    await writeFile(indexFile(dir), lines.slice(0, -1).join('\n'))
    const reopened = (await open(dir)).notebook
    expect((await reopened.search({ text: 'fishing', limit: 10 })).hits).toHaveLength(1)
    expect(reopened.indexStats().loaded.search).toBe('rebuilt')
    await reopened.close()
    expect((await readFile(indexFile(dir), 'utf8')).split('\n')).toHaveLength(lines.length)
  })

  test('index files of an earlier version are rebuilt in their new form and the old ones removed', async () => {
    const { dir, notebook } = await codedArchive()
    await notebook.search({ text: 'treaty', limit: 10 })
    await notebook.close()
    const earlier = ['search.json', 'statements.json'].map((name) => join(dir, 'index', name))
    await rm(join(dir, 'index'), { recursive: true, force: true })
    await mkdir(join(dir, 'index'))
    for (const file of earlier) await writeFile(file, JSON.stringify({ version: 1, articles: {} }))
    const reopened = (await open(dir)).notebook
    expect((await reopened.search({ text: 'fishing', limit: 10 })).hits).toHaveLength(1)
    expect((await reopened.queryStatements({ limit: 100 })).length).toBeGreaterThan(0)
    expect(reopened.indexStats().loaded).toEqual({ search: 'rebuilt', statements: 'rebuilt' })
    await reopened.close()
    expect((await indexHead(dir)).version).toBe(SEARCH_INDEX_VERSION)
    const statements = await readFile(join(dir, 'index', 'statements.jsonl'), 'utf8')
    expect(JSON.parse(statements.split('\n')[0])).toMatchObject({
      version: STATEMENT_INDEX_VERSION,
    })
    for (const file of earlier) await expect(stat(file)).rejects.toThrow(/ENOENT/)
  })

  test('an index file made with the earlier handling of words is rebuilt, not read with the new one', async () => {
    const { dir, notebook, ids } = await codedArchive()
    const article = await notebook.getArticle(ids[0])
    await notebook.updateArticle(ids[0], {
      baseRevision: article.revision,
      notes: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Negotiations stalled.' }] },
        ],
      },
    })
    await notebook.search({ text: 'treaty', limit: 10 })
    await notebook.close()
    // The file an earlier Stancemark wrote: version 2, words only folded (case and accents).
    const head = await indexHead(dir)
    const earlier = new MiniSearch<{ id: string; title: string; text: string; notes: string }>({
      fields: ['title', 'text', 'notes'],
      storeFields: [],
      processTerm: (term) => foldText(term) || null,
    })
    for (const id of Object.keys(head.stamps)) {
      const { meta, body, notes } = JSON.parse(
        await readFile(join(dir, 'articles', `${id}.json`), 'utf8'),
      ) as Article
      const words = (doc: DocJSON): string =>
        [doc.text ?? '', ...(doc.content ?? []).map(words)].join(' ')
      earlier.add({ id, title: meta.title, text: words(body), notes: words(notes) })
    }
    const { index, ...rest } = earlier.toJSON()
    const lines = [
      JSON.stringify({ version: 2, stamps: head.stamps, index: rest, terms: index.length }),
      ...index.map((entry) => JSON.stringify(entry)),
    ]
    await writeFile(indexFile(dir), lines.join('\n'))
    const reopened = (await open(dir)).notebook
    const [hit] = (await reopened.search({ text: 'negotiate', limit: 10 })).hits
    expect(hit).toMatchObject({
      articleId: ids[0],
      field: 'notes',
      snippet: 'Negotiations stalled.',
    })
    expect(reopened.indexStats().loaded.search).toBe('rebuilt')
    await reopened.close()
    expect((await indexHead(dir)).version).toBe(SEARCH_INDEX_VERSION)
  })

  test('a damaged index file is rebuilt from the articles', async () => {
    const { dir, notebook } = await codedArchive()
    await notebook.search({ text: 'treaty', limit: 10 })
    await notebook.close()
    await writeFile(indexFile(dir), '{"version": 1, "stamps": ')
    const reopened = (await open(dir)).notebook
    expect((await reopened.search({ text: 'fishing', limit: 10 })).hits).toHaveLength(1)
    expect(reopened.indexStats().loaded.search).toBe('rebuilt')
  })
})
