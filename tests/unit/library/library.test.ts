import { describe, expect, test } from 'vitest'
import { codedArchive } from '../../support/codedArchive'
import { open } from '../../support/tempArchive'

const everything = { offset: 0, limit: 100 }

describe('the library', () => {
  test('lists the newest published first, undated last', async () => {
    const { notebook } = await codedArchive()
    const { items, total } = await notebook.listArticles(everything)
    expect(total).toBe(4)
    expect(items.map((a) => a.title)).toEqual([
      'Border closure continues',
      'Velin changes course',
      'River talks resume',
      'An undated wire',
    ])
  })

  test('sorts by title, source, published and last edited, either way', async () => {
    const { notebook, ids } = await codedArchive()
    const titles = async (
      sort: 'title' | 'source' | 'published' | 'updated',
      direction?: 'asc' | 'desc',
    ) => (await notebook.listArticles({ ...everything, sort, direction })).items.map((a) => a.title)
    expect(await titles('title')).toEqual([
      'An undated wire',
      'Border closure continues',
      'River talks resume',
      'Velin changes course',
    ])
    expect((await titles('title', 'desc'))[0]).toBe('Velin changes course')
    expect(await titles('source')).toEqual([
      'Velin changes course',
      'Border closure continues',
      'River talks resume',
      'An undated wire',
    ])
    expect(await titles('published', 'asc')).toEqual([
      'River talks resume',
      'Velin changes course',
      'Border closure continues',
      'An undated wire',
    ])
    const first = await notebook.getArticle(ids[0])
    await notebook.updateArticle(ids[0], {
      baseRevision: first.revision,
      meta: { tags: ['edited'] },
    })
    expect((await titles('updated'))[0]).toBe('River talks resume')
  })

  test('filters by source, dates, tag and whether an article has statements yet', async () => {
    const { notebook } = await codedArchive()
    const titles = async (filter: object) =>
      (await notebook.listArticles({ ...everything, ...filter })).items.map((a) => a.title).sort()
    expect(await titles({ source: 'Senna Courier' })).toEqual([
      'Border closure continues',
      'River talks resume',
    ])
    expect(await titles({ from: '2023-03-01', to: '2023-03-10' })).toEqual(['Velin changes course'])
    expect(await titles({ tag: 'politics' })).toEqual(['Velin changes course'])
    expect(await titles({ hasStatements: false })).toEqual(['Border closure continues'])
    expect(await titles({ hasStatements: true })).toHaveLength(3)
  })

  test('filters by speaker, position and stance, together on one statement', async () => {
    const { notebook, speakers, positions } = await codedArchive()
    const titles = async (filter: object) =>
      (await notebook.listArticles({ ...everything, ...filter })).items.map((a) => a.title).sort()
    const velin = speakers['Mara Velin']
    expect(await titles({ speakerId: velin })).toHaveLength(3)
    expect(await titles({ positionId: positions['Release of crews'] })).toEqual([
      'River talks resume',
      'Velin changes course',
    ])
    expect(await titles({ stance: 'neutral' })).toEqual(['Velin changes course'])
    // The ministry supports the treaty in January; Velin only opposes it in March.
    expect(await titles({ speakerId: velin, stance: 'opposes' })).toEqual(['Velin changes course'])
    expect(
      await titles({ speakerId: velin, positionId: positions.Treaty, stance: 'supports' }),
    ).toEqual(['River talks resume'])
  })

  test('finds articles by words of their text and notes, not only their titles', async () => {
    const { notebook, ids } = await codedArchive()
    const titles = async (text: string) =>
      (await notebook.listArticles({ ...everything, text })).items.map((a) => a.title)
    expect(await titles('fishing')).toEqual(['River talks resume'])
    expect(await titles('border')).toEqual(['Border closure continues', 'An undated wire'])
    const article = await notebook.getArticle(ids[2])
    await notebook.updateArticle(ids[2], {
      baseRevision: article.revision,
      notes: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [{ type: 'text', text: 'Follow up with the harbourmaster.' }],
          },
        ],
      },
    })
    expect(await titles('harbourmaster')).toEqual(['Border closure continues'])
  })

  test('offers the sources, tags and dates there are for the filters', async () => {
    const { notebook } = await codedArchive()
    expect(await notebook.getFacets()).toEqual({
      sources: [
        { value: 'Senna Courier', count: 2 },
        { value: 'Kestran Daily', count: 1 },
      ],
      tags: [
        { value: 'river', count: 2 },
        { value: 'politics', count: 1 },
        { value: 'wire', count: 1 },
      ],
      statementTags: [
        { value: 'official', count: 1 },
        { value: 'uncertain', count: 1 },
      ],
      published: { from: '2023-01-10', to: '2023-03-20' },
    })
  })

  test('summaries of an archive written before stances were listed are rebuilt on open', async () => {
    const { dir, notebook } = await codedArchive()
    await notebook.close()
    const { readFile, writeFile } = await import('node:fs/promises')
    const { join } = await import('node:path')
    const file = join(dir, 'stancemark.json')
    const old = JSON.parse(await readFile(file, 'utf8'))
    old.schemaVersion = 1
    for (const summary of Object.values(old.articles) as { stances?: string[] }[])
      delete summary.stances
    await writeFile(file, JSON.stringify(old))
    const { open } = await import('../../support/tempArchive')
    const reopened = (await open(dir)).notebook
    const { items } = await reopened.listArticles({ ...everything, stance: 'opposes' })
    expect(items.map((a) => [a.title, a.stances])).toEqual([
      ['Velin changes course', ['supports', 'opposes', 'neutral']],
    ])
  })
})

describe('a long library', () => {
  test('its first pages are the start of the whole list, in every order', async () => {
    const { notebook } = await open()
    // Titles, sources and dates that repeat, so the orders have ties to break.
    for (let i = 0; i < 40; i++)
      await notebook.importArticle({
        text: `Wire ${i}: the talks ${i % 3 ? 'resume' : 'stall'} at the harbour.`,
        meta: {
          title: `Talks ${i % 7}`,
          source: ['Senna Courier', 'Velin Post', ''][i % 3],
          published: i % 5 ? `2024-0${1 + (i % 4)}-1${i % 6}` : '',
        },
      })
    const orders = [
      {},
      { text: 'talks harbour' },
      ...(['title', 'source', 'published', 'updated'] as const).flatMap((sort) => [
        { sort, direction: 'asc' as const },
        { sort, direction: 'desc' as const },
      ]),
    ]
    for (const order of orders) {
      const whole = (await notebook.listArticles({ ...order, offset: 0, limit: 100 })).items
      expect(whole.length).toBeGreaterThanOrEqual(40)
      for (const [offset, limit] of [
        [0, 1],
        [0, 4],
        [3, 2],
      ]) {
        const page = await notebook.listArticles({ ...order, offset, limit })
        expect(
          page.items.map((a) => a.id),
          JSON.stringify({ order, offset }),
        ).toEqual(whole.slice(offset, offset + limit).map((a) => a.id))
        expect(page.total).toBe(whole.length)
      }
    }
  })
})
