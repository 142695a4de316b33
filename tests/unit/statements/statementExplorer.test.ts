import { describe, expect, test } from 'vitest'
import type { StatementFilter } from '../../../src-main/shared/contract'
import { codedArchive } from '../../support/codedArchive'

const all: StatementFilter = { limit: 1000 }

describe('the statement explorer', () => {
  test('lists every statement with its counts by speaker, position and stance', async () => {
    const { notebook, speakers, positions } = await codedArchive()
    const { rows, total, counts } = await notebook.exploreStatements(all)
    expect(total).toBe(7)
    expect(rows.map((r) => r.quote)).toEqual([
      'the treaty must be signed this spring',
      'rejected any delay to the treaty',
      'demanded their release',
      'opposes the treaty in its current form',
      'backs the release of the crews',
      'remained neutral on the treaty',
      'spoke about the border crossing',
    ])
    expect(counts.byStance).toEqual({ supports: 4, opposes: 1, neutral: 1, none: 1 })
    expect(counts.bySpeaker[speakers['Mara Velin']]).toBe(4)
    expect(counts.byPosition[positions.Treaty]).toBe(4)
  })

  test('filters by speakers, positions, stances, tag, article, source, dates and words', async () => {
    const { notebook, ids, speakers, positions } = await codedArchive()
    const quotes = async (filter: Partial<StatementFilter>) =>
      (await notebook.exploreStatements({ ...all, ...filter })).rows.map((r) => r.quote)
    const velin = speakers['Mara Velin']
    expect(await quotes({ speakerIds: [speakers.Observers, speakers['Fishing crews']] })).toEqual([
      'demanded their release',
      'remained neutral on the treaty',
    ])
    expect(await quotes({ speakerId: velin, positionId: positions.Treaty })).toEqual([
      'the treaty must be signed this spring',
      'opposes the treaty in its current form',
    ])
    expect(
      await quotes({ positionId: positions.Treaty, includeSubPositions: true, stances: ['none'] }),
    ).toEqual(['spoke about the border crossing'])
    expect(await quotes({ stances: ['opposes', 'neutral'] })).toHaveLength(2)
    expect(await quotes({ tag: 'Official' })).toEqual(['rejected any delay to the treaty'])
    expect(await quotes({ articleId: ids[1], stance: 'supports' })).toEqual([
      'backs the release of the crews',
    ])
    expect(await quotes({ source: 'Kestran Daily' })).toHaveLength(3)
    expect(await quotes({ from: '2023-02-01' })).toHaveLength(3)
    expect(await quotes({ to: '2023-02-01' })).toHaveLength(3)
    expect(await quotes({ text: 'TURN since' })).toEqual(['opposes the treaty in its current form'])
    expect(await quotes({ text: 'crews release' })).toEqual(['backs the release of the crews'])
  })

  test('sorts by speaker, position, stance, article or date, empty values last', async () => {
    const { notebook } = await codedArchive()
    const column = async (sort: StatementFilter['sort'], direction: 'asc' | 'desc' = 'asc') =>
      (await notebook.exploreStatements({ ...all, sort, direction })).rows
    expect((await column('speaker')).map((r) => r.speaker?.name)).toEqual([
      'Fishing crews',
      'Mara Velin',
      'Mara Velin',
      'Mara Velin',
      'Mara Velin',
      'Observers',
      'Water Ministry',
    ])
    expect((await column('stance', 'desc')).map((r) => r.stance ?? '')).toEqual([
      'neutral',
      'opposes',
      'supports',
      'supports',
      'supports',
      'supports',
      '',
    ])
    expect((await column('position')).map((r) => r.position?.label)[0]).toBe('Border crossing')
    expect((await column('article')).map((r) => r.title)[0]).toBe('An undated wire')
    const newest = await column('published', 'desc')
    expect(newest.map((r) => r.published)).toEqual([
      '2023-03-05',
      '2023-03-05',
      '2023-03-05',
      '2023-01-10',
      '2023-01-10',
      '2023-01-10',
      '',
    ])
    expect(newest[0].quote).toBe('opposes the treaty in its current form')
  })

  test('pages through the rows; the total and counts are of all that match', async () => {
    const { notebook } = await codedArchive()
    const page = await notebook.exploreStatements({ ...all, offset: 2, limit: 2 })
    expect(page.rows.map((r) => r.quote)).toEqual([
      'demanded their release',
      'opposes the treaty in its current form',
    ])
    expect(page.total).toBe(7)
    expect(page.counts.byStance.supports).toBe(4)
  })

  test('pages of any sort, put together, are the whole sorted list', async () => {
    const { notebook } = await codedArchive()
    for (const sort of [
      'published',
      'speaker',
      'position',
      'stance',
      'article',
      'quote',
    ] as const) {
      for (const direction of ['asc', 'desc'] as const) {
        const ids = async (offset: number, limit: number) =>
          (await notebook.exploreStatements({ sort, direction, offset, limit })).rows.map(
            (r) => r.statementId,
          )
        const pages = [...(await ids(0, 3)), ...(await ids(3, 3)), ...(await ids(6, 3))]
        expect(pages).toEqual(await ids(0, 100))
        expect(pages).toHaveLength(7)
      }
    }
  })

  test('sorts by the quote’s words, case aside, either way', async () => {
    const { notebook } = await codedArchive()
    const quotes = async (direction: 'asc' | 'desc') =>
      (await notebook.exploreStatements({ sort: 'quote', direction, limit: 100 })).rows.map(
        (r) => r.quote,
      )
    const ascending = await quotes('asc')
    expect(ascending).toEqual(
      [...ascending].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)),
    )
    expect(ascending).toHaveLength(7)
    expect(await quotes('desc')).toEqual([...ascending].reverse())
  })

  test('queryStatements answers the rows alone, as before', async () => {
    const { notebook, speakers } = await codedArchive()
    const rows = await notebook.queryStatements({ speakerId: speakers.Observers, limit: 10 })
    expect(rows).toEqual([
      expect.objectContaining({ quote: 'remained neutral on the treaty', stance: 'neutral' }),
    ])
  })

  test('a statement given to another speaker is found under them, and no longer under the first', async () => {
    const { notebook, speakers, positions } = await codedArchive()
    const quotes = async (filter: Partial<StatementFilter>) =>
      (await notebook.queryStatements({ ...all, ...filter })).map((r) => r.quote)
    expect(await quotes({ speakerId: speakers.Observers })).toEqual([
      'remained neutral on the treaty',
    ])
    const [row] = await notebook.queryStatements({ speakerId: speakers.Observers, limit: 1 })
    await notebook.updateStatement(row.articleId, row.statementId, {
      speakerId: speakers['Fishing crews'],
      positionId: null,
    })
    expect(await quotes({ speakerId: speakers.Observers })).toEqual([])
    expect(await quotes({ speakerId: speakers['Fishing crews'] })).toEqual([
      'demanded their release',
      'remained neutral on the treaty',
    ])
    expect(await quotes({ positionId: positions.Treaty })).not.toContain(
      'remained neutral on the treaty',
    )
  })
})

describe('bulk edits of selected statements', () => {
  test('set position and stance and tags on many statements, each article saved once', async () => {
    const { notebook, ids, positions } = await codedArchive()
    const before = await Promise.all(ids.map((id) => notebook.getArticle(id)))
    const events: (string | undefined)[] = []
    notebook.onChange((event) => events.push(event.articleId))
    const { rows } = await notebook.exploreStatements({ ...all, positionId: positions.Treaty })
    const result = await notebook.bulkUpdateStatements(
      [
        ...rows.map((r) => ({ articleId: r.articleId, statementId: r.statementId })),
        { articleId: ids[0], statementId: 'gone' },
      ],
      {
        positionId: positions['Border crossing'],
        stance: 'neutral',
        addTags: ['reviewed'],
        removeTags: ['official'],
      },
    )
    expect(result).toEqual({ updated: 4, unchanged: 0, missing: 1, articles: 2 })
    expect(events.sort()).toEqual([ids[0], ids[1]].sort())
    const after = await Promise.all(ids.map((id) => notebook.getArticle(id)))
    expect(after.map((a, i) => a.revision - before[i].revision)).toEqual([1, 1, 0, 0])
    const moved = await notebook.exploreStatements({
      ...all,
      positionId: positions['Border crossing'],
    })
    expect(moved.total).toBe(5)
    expect(moved.counts.byStance).toEqual({ supports: 0, opposes: 0, neutral: 4, none: 1 })
    expect(moved.rows.find((r) => r.quote === 'rejected any delay to the treaty')?.tags).toEqual([
      'reviewed',
    ])
  })

  test('reassign a speaker and say what was already so', async () => {
    const { notebook, speakers } = await codedArchive()
    const { rows } = await notebook.exploreStatements({ ...all, speakerId: speakers['Mara Velin'] })
    const refs = rows.map((r) => ({ articleId: r.articleId, statementId: r.statementId }))
    await notebook.bulkUpdateStatements(refs.slice(0, 1), { stance: 'supports' })
    const result = await notebook.bulkUpdateStatements(refs, { speakerId: speakers.Observers })
    expect(result).toMatchObject({ updated: 4, unchanged: 0 })
    expect(
      await notebook.bulkUpdateStatements(refs, { speakerId: speakers.Observers }),
    ).toMatchObject({
      updated: 0,
      unchanged: 4,
      articles: 0,
    })
    await expect(notebook.bulkUpdateStatements(refs, { speakerId: 'nobody' })).rejects.toThrow(
      'not in the registry',
    )
  })
})
