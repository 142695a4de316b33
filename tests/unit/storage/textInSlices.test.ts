import { expect, test } from 'vitest'
import { jsonInSlices } from '../../../src-main/notebook/storage/textInSlices'

/** Something shaped like the catalog, with what JSON.stringify treats specially. */
function catalogLike(articles: number) {
  const summaries: Record<string, unknown> = {}
  for (let i = 0; i < articles; i++)
    summaries[`a${i}`] = {
      title: i % 7 === 0 ? `Čeština “quoted” 😀 ${i}` : `Article ${i}`,
      tags: i % 3 === 0 ? ['ports', 'ferries'] : [],
      published: i % 5 === 0 ? undefined : '2026-11-29',
      statementCount: i,
      score: i / 3,
      empty: null,
    }
  return {
    schemaVersion: 4,
    speakers: { varga: { name: 'Ilse Varga', aliases: ['Varga'] }, 12: { name: 'Numbered key' } },
    positions: {},
    articles: summaries,
    skipped: undefined,
    method: () => 'left out',
    when: new Date(Date.UTC(2026, 10, 29)),
    list: [1, undefined, 'two', () => 3],
  }
}

test('a large object is written in slices as exactly the text JSON.stringify makes of it', async () => {
  for (const [articles, perSlice] of [
    [0, 500],
    [10, 3],
    [1200, 500],
    [1200, 7],
  ]) {
    const value = catalogLike(articles)
    const parts = await jsonInSlices(value, perSlice)
    expect(parts.join('')).toBe(JSON.stringify(value))
    if (articles > perSlice) expect(parts.length).toBeGreaterThan(articles)
  }
})

test('what is not an object is written as JSON.stringify writes it', async () => {
  for (const value of [[1, 2], 'text', 3, null, new Date(0)])
    expect((await jsonInSlices(value)).join('')).toBe(JSON.stringify(value))
})

test('the members of a large object are written as they were when it was reached', async () => {
  const value = catalogLike(20)
  const written = jsonInSlices(value, 5)
  value.articles.a19 = { title: 'replaced while being written' }
  delete value.articles.a18
  const text = (await written).join('')
  expect(JSON.parse(text).articles.a19.title).toBe('Article 19')
  expect(Object.keys(JSON.parse(text).articles)).toHaveLength(20)
})
