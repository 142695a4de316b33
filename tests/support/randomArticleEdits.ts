import { markStatements } from '../../src-main/notebook/statements/statementMarks'
import type { Article } from '../../src-main/shared/model'
import type { DocJSON, Statement } from '../../src-main/shared/model'
import type { SeededRandom } from './fuzz/seededRandom'
import { articleOf, statement } from './syncArticles'

const WORDS =
  'minister talks resume week unions strikes wages frozen said warned could follow the a of'.split(
    ' ',
  )
const STANCES = ['supports', 'opposes', 'neutral'] as const

/** An article as the generator edits it: words per paragraph, each statement over whole words. */
export interface DraftArticle {
  paragraphs: string[][]
  places: Map<string, { paragraph: number; from: number; to: number }>
  statements: Map<string, Statement>
  title: string
  tags: string[]
  updatedAt: string
}

export function randomDraft(random: SeededRandom): DraftArticle {
  const paragraphs = Array.from({ length: 1 + random.int(3) }, () =>
    Array.from({ length: 4 + random.int(8) }, () => random.pick(WORDS)),
  )
  const draft: DraftArticle = {
    paragraphs,
    places: new Map(),
    statements: new Map(),
    title: 'Talks',
    tags: [],
    updatedAt: '2024-01-01T00:00:00.000Z',
  }
  for (let i = random.int(4); i > 0; i--)
    addStatement(draft, random, `b${i}`, '2024-01-01T00:00:00.000Z')
  return draft
}

export function copyDraft(draft: DraftArticle): DraftArticle {
  return {
    paragraphs: draft.paragraphs.map((words) => [...words]),
    places: new Map([...draft.places].map(([id, place]) => [id, { ...place }])),
    statements: new Map(draft.statements),
    title: draft.title,
    tags: [...draft.tags],
    updatedAt: draft.updatedAt,
  }
}

function addStatement(draft: DraftArticle, random: SeededRandom, id: string, at: string) {
  const paragraph = random.int(draft.paragraphs.length)
  const from = random.int(draft.paragraphs[paragraph].length)
  const to = from + 1 + random.int(Math.min(4, draft.paragraphs[paragraph].length - from))
  draft.places.set(id, { paragraph, from, to })
  draft.statements.set(id, statement(id, at, { stance: random.pick(STANCES) }))
}

/** One to four edits an analyst might make, stamped with times from `clock`. */
export function editDraft(
  draft: DraftArticle,
  random: SeededRandom,
  side: string,
  clock: () => string,
) {
  for (let n = 1 + random.int(4); n > 0; n--) {
    const at = clock()
    draft.updatedAt = at
    const ids = [...draft.statements.keys()]
    const kind = random.int(8)
    if (kind === 0 || ids.length === 0)
      addStatement(draft, random, `${side}${at.slice(11, 19).replaceAll(':', '')}${n}`, at)
    else if (kind === 1) {
      const id = random.pick(ids)
      draft.statements.set(id, {
        ...draft.statements.get(id)!,
        stance: random.pick(STANCES),
        note: side,
        updatedAt: at,
      })
    } else if (kind === 2) {
      const id = random.pick(ids)
      draft.statements.delete(id)
      draft.places.delete(id)
    } else if (kind === 3) {
      const p = random.int(draft.paragraphs.length)
      draft.paragraphs[p][random.int(draft.paragraphs[p].length)] = `${side}word`
    } else if (kind === 4) {
      const p = random.int(draft.paragraphs.length)
      const at = random.int(draft.paragraphs[p].length + 1)
      draft.paragraphs[p].splice(at, 0, `${side}new`)
      for (const place of draft.places.values()) {
        if (place.paragraph !== p) continue
        if (place.from >= at) place.from++
        if (place.to > at) place.to++
      }
    } else if (kind === 5) draft.title = `${side} title`
    else if (kind === 6) draft.tags.push(`${side}tag`)
    else {
      const id = random.pick(ids)
      draft.statements.set(id, { ...draft.statements.get(id)!, tags: [side], updatedAt: at })
    }
  }
}

/** The article a draft is, its statements marked on their words. */
export function articleOfDraft(draft: DraftArticle): Article {
  const texts = draft.paragraphs.map((words) => words.join(' '))
  const starts = texts.map((_, i) => texts.slice(0, i).reduce((sum, t) => sum + t.length + 2, 0))
  const wordStart = (p: number, w: number) =>
    starts[p] + draft.paragraphs[p].slice(0, w).reduce((sum, word) => sum + word.length + 1, 0)
  const places = [...draft.places].map(([id, { paragraph, from, to }]) => ({
    id,
    start: wordStart(paragraph, from),
    end: wordStart(paragraph, to) - 1,
  }))
  const plain = articleOf(texts, [], {
    meta: { ...articleOf([]).meta, title: draft.title, tags: [...new Set(draft.tags)] },
    updatedAt: draft.updatedAt,
  })
  const body: DocJSON = places.length > 0 ? markStatements(plain.body, places) : plain.body
  return { ...plain, body, statements: Object.fromEntries(draft.statements) }
}
