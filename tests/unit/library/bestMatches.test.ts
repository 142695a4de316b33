import MiniSearch from 'minisearch'
import { describe, expect, test } from 'vitest'
import { SearchIndex, type SearchFields } from '../../../src-main/notebook/library/searchIndex'
import { searchTerm } from '../../../src-main/notebook/library/searchTerm'

// Words of very different frequencies (some in nearly every article, as in a large archive),
// words that begin other words, and words that differ by one letter or by accents only.
const COMMON = ['harbour', 'minister', 'said', 'talks', 'ferry', 'quota', 'plan', 'customs']
const RARE = [
  'harbours',
  'harbourmaster',
  'ministers',
  'ministry',
  'ferries',
  'quotas',
  'planning',
  'planned',
  'dredging',
  'Zelenskyy',
  'Zelensky',
  'café',
  'cafe',
  'São',
  'Paulo',
  'ceasefire',
  'cease-fire',
  'negotiated',
  'negotiation',
  'settlement',
  'barrier',
  'barriers',
]

/** A small seeded generator, so every run checks the same archive. */
function random(seed: number) {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
}

function articles(count: number, seed: number): [string, SearchFields][] {
  const next = random(seed)
  const word = () =>
    next() < 0.7
      ? COMMON[Math.floor(next() * COMMON.length)]
      : RARE[Math.floor(next() * RARE.length)]
  const words = (n: number) => Array.from({ length: n }, word).join(next() < 0.5 ? ' ' : ', ')
  return Array.from({ length: count }, (_, i) => [
    `article-${i}`,
    {
      title: words(1 + Math.floor(next() * 6)),
      text: words(20 + Math.floor(next() * 200)),
      notes: next() < 0.3 ? words(5 + Math.floor(next() * 10)) : '',
    },
  ])
}

/** MiniSearch searching as Stancemark's index did before it ranked matches itself. */
function miniSearchOf(): MiniSearch {
  return new MiniSearch({
    fields: ['title', 'text', 'notes'],
    storeFields: [],
    processTerm: (term) => searchTerm(term) || null,
    searchOptions: { boost: { title: 2 }, combineWith: 'AND' },
  })
}

const prefix = (term: string, i: number, terms: string[]) =>
  i === terms.length - 1 && term.length >= 2
const fuzzy = (term: string) => (term.length >= 5 ? 0.2 : false)

/** MiniSearch's own answer, as SearchIndex.search promises it: typos only when too little is found. */
function reference(mini: MiniSearch, text: string, enough: number) {
  let results = mini.search(text, { prefix })
  if (results.length < enough) results = mini.search(text, { prefix, fuzzy })
  return results
}

const QUERIES = [
  'quota',
  'harbour',
  'harbo',
  'ferry talks',
  'minister said plan',
  'plan plan',
  'zelenskyy',
  'ZELENSKYY',
  'cafe',
  'sao paulo',
  'cease',
  'cease-fire',
  'negotiatd settlement',
  'barier',
  'dredging harbou',
  'customs, quota; ferry.',
  'nowhere',
  'q',
  '   ',
  '…',
]

/** Both indexes after the same additions, re-indexings and removals. */
async function sameArchives() {
  const index = SearchIndex.empty()
  const mini = miniSearchOf()
  const docs = articles(600, 7)
  // Two identical articles: equal scores, listed in the order MiniSearch lists them.
  docs.push(['twin-a', docs[3][1]], ['twin-b', docs[3][1]])
  for (const [id, fields] of docs) {
    index.set(id, 'v1', fields)
    mini.add({ id, ...fields })
  }
  // Every fifth article saved again with other words.
  for (const [i, [, fields]] of articles(80, 11).entries()) {
    const id = `article-${i * 5}`
    index.set(id, 'v2', fields)
    mini.discard(id)
    mini.add({ id, ...fields })
  }
  for (let i = 1; i < 600; i += 37) {
    index.remove(`article-${i}`)
    mini.discard(`article-${i}`)
  }
  // MiniSearch's first search after removals counts removed articles in its word statistics
  // until it has cleaned them out; compared once they are.
  await mini.vacuum()
  return { index, mini }
}

describe('ranking search matches', () => {
  test('finds the same articles in the same order with the same scores as MiniSearch', async () => {
    const { index, mini } = await sameArchives()
    for (const text of QUERIES)
      for (const enough of [1, 20, 10_000]) {
        const expected = reference(mini, text, enough)
        const found = index.search(text, enough)
        expect(
          found.map((match) => match.id),
          `${text} (${enough})`,
        ).toEqual(expected.map((result) => String(result.id)))
        expect(
          found.map((match) => match.score),
          text,
        ).toEqual(expected.map((result) => result.score))
        found.forEach((match, i) =>
          expect(new Set(match.terms), text).toEqual(new Set(expected[i].terms)),
        )
      }
  })

  test('the best few are the first few of all, and every match is ranked', async () => {
    const { index, mini } = await sameArchives()
    for (const text of QUERIES) {
      const all = index.search(text)
      for (const limit of [1, 3, 20, 100])
        expect(index.search(text, 1, limit)).toEqual(all.slice(0, limit))
      const { ids, scores } = index.rank(text)
      const expected = new Map(reference(mini, text, 1).map((r) => [String(r.id), r.score]))
      expect(new Map(ids.map((id, i) => [id, scores[i]]))).toEqual(expected)
    }
  })

  test('a removed or re-indexed article is found only by its words now', () => {
    const index = SearchIndex.empty()
    index.set('a', 'v1', { title: 'Harbour fees', text: 'The quota rises.', notes: '' })
    index.set('b', 'v1', { title: 'Ferry', text: 'The quota falls.', notes: '' })
    index.set('a', 'v2', { title: 'Lighthouse', text: 'Keepers strike.', notes: '' })
    expect(index.search('quota').map((match) => match.id)).toEqual(['b'])
    expect(index.search('keepers').map((match) => match.id)).toEqual(['a'])
    index.remove('b')
    expect(index.search('quota')).toEqual([])
    expect(index.rank('quota').ids).toEqual([])
  })
})
