import { describe, expect, test } from 'vitest'
import { mergeArticle } from '../../../src-main/notebook/sync/mergeArticle'
import { reconcileStatements } from '../../../src-main/notebook/statements/statementMarks'
import { articleOf, statement } from '../../support/syncArticles'
import { markedWords, textOf } from '../../support/markedWords'

const TEXT = [
  'The minister said the talks would resume next week.',
  'Unions warned that strikes could follow if wages stay frozen.',
]
const MINISTER = statement('s1', '2024-01-02T00:00:00.000Z', { speakerId: 'minister' })
const UNIONS = statement('s2', '2024-01-02T00:00:00.000Z', { speakerId: 'unions' })
const base = articleOf(TEXT, [{ statement: MINISTER, words: 'the talks would resume next week' }])

describe('statements by id', () => {
  test('statements added on both sides are both kept, each on its words', () => {
    const s3 = statement('s3', '2024-01-03T00:00:00.000Z', { speakerId: 'minister' })
    const ours = articleOf(TEXT, [
      { statement: MINISTER, words: 'the talks would resume next week' },
      { statement: UNIONS, words: 'strikes could follow' },
    ])
    const theirs = articleOf(TEXT, [
      { statement: MINISTER, words: 'the talks would resume next week' },
      { statement: s3, words: 'The minister said' },
    ])
    const { article, copy } = mergeArticle(base, ours, theirs)
    expect(copy).toBeUndefined()
    expect(Object.keys(article.statements).sort()).toEqual(['s1', 's2', 's3'])
    expect(markedWords(article.body)).toEqual({
      s1: 'the talks would resume next week',
      s2: 'strikes could follow',
      s3: 'The minister said',
    })
    expect(reconcileStatements(article.body, article.statements)).toEqual(article.statements)
    expect(article.revision).toBe(2)
  })

  test('the same statement recoded on both sides keeps the later change and the earlier as a conflict', () => {
    const earlier = {
      ...MINISTER,
      stance: 'supports' as const,
      updatedAt: '2024-01-05T00:00:00.000Z',
    }
    const later = { ...MINISTER, stance: 'opposes' as const, updatedAt: '2024-01-06T00:00:00.000Z' }
    const words = 'the talks would resume next week'
    const ours = articleOf(TEXT, [{ statement: later, words }])
    const theirs = articleOf(TEXT, [{ statement: earlier, words }])
    for (const [a, b] of [
      [ours, theirs],
      [theirs, ours],
    ]) {
      const { article } = mergeArticle(base, a, b)
      expect(article.statements.s1.stance).toBe('opposes')
      expect(article.conflicts).toEqual([
        { kind: 'statement', statementId: 's1', other: earlier, quote: words },
      ])
    }
  })

  test('a statement deleted on one side and recoded on the other is kept', () => {
    const recoded = {
      ...MINISTER,
      stance: 'neutral' as const,
      updatedAt: '2024-01-05T00:00:00.000Z',
    }
    const deleted = articleOf(TEXT)
    const changed = articleOf(TEXT, [
      { statement: recoded, words: 'the talks would resume next week' },
    ])
    for (const [a, b] of [
      [deleted, changed],
      [changed, deleted],
    ]) {
      const { article } = mergeArticle(base, a, b)
      expect(article.statements).toEqual({ s1: recoded })
      expect(markedWords(article.body)).toEqual({ s1: 'the talks would resume next week' })
    }
  })

  test('a statement deleted on one side and untouched on the other is gone, mark and all', () => {
    const deleted = articleOf(TEXT, [], { updatedAt: '2024-01-05T00:00:00.000Z' })
    const { article } = mergeArticle(base, deleted, base)
    expect(article.statements).toEqual({})
    expect(markedWords(article.body)).toEqual({})
    expect(mergeArticle(base, base, deleted).article.statements).toEqual({})
  })

  test('merging an article with itself gives it back as it was', () => {
    expect(mergeArticle(base, base, base).article).toBe(base)
    const ours = articleOf(TEXT, [{ statement: UNIONS, words: 'strikes could follow' }])
    expect(mergeArticle(base, ours, base).article).toBe(ours)
    expect(mergeArticle(base, base, ours).article).toBe(ours)
  })
})

describe('the text', () => {
  const edited = [TEXT[0].replace('next week', 'on Monday'), TEXT[1]]

  test('text edited on one side and a statement added on the other: the statement stays on its words', () => {
    const ours = articleOf(edited, [
      { statement: MINISTER, words: 'the talks would resume on Monday' },
    ])
    const theirs = articleOf(TEXT, [
      { statement: MINISTER, words: 'the talks would resume next week' },
      { statement: UNIONS, words: 'strikes could follow' },
    ])
    for (const [a, b] of [
      [ours, theirs],
      [theirs, ours],
    ]) {
      const { article, copy } = mergeArticle(base, a, b)
      expect(copy).toBeUndefined()
      expect(textOf(article.body)).toBe(edited.join('\n\n'))
      expect(markedWords(article.body)).toEqual({
        s1: 'the talks would resume on Monday',
        s2: 'strikes could follow',
      })
    }
  })

  test('text edited on both sides keeps ours and theirs as a copy titled "(their version)"', () => {
    const theirsText = [TEXT[0], TEXT[1].replace('frozen', 'low')]
    const ours = articleOf(edited, [
      { statement: MINISTER, words: 'the talks would resume on Monday' },
    ])
    const theirs = articleOf(theirsText, [
      { statement: MINISTER, words: 'the talks would resume next week' },
      { statement: UNIONS, words: 'wages stay low' },
    ])
    const { article, copy } = mergeArticle(base, ours, theirs)
    expect(textOf(article.body)).toBe(edited.join('\n\n'))
    expect(copy?.meta.title).toBe('Talks resume (their version)')
    expect(copy?.copyOf).toBe('article1')
    expect(textOf(copy!.body)).toBe(theirsText.join('\n\n'))
    expect(markedWords(copy!.body)).toEqual({
      s1: 'the talks would resume next week',
      s2: 'wages stay low',
    })
    expect(article.conflicts).toEqual([{ kind: 'text', copyId: copy!.id }])
    // Their statement was on words ours kept, so it is in ours as well.
    expect(markedWords(article.body)).toEqual({ s1: 'the talks would resume on Monday' })
    expect(mergeArticle(base, ours, theirs).copy?.id).toBe(copy!.id)
  })

  test('a statement added on words the other side rewrote is kept in their copy', () => {
    const ours = articleOf(edited, [
      { statement: MINISTER, words: 'the talks would resume on Monday' },
    ])
    const theirs = articleOf(TEXT, [
      { statement: MINISTER, words: 'the talks would resume next week' },
      { statement: UNIONS, words: 'resume next week' },
    ])
    for (const [a, b, kept] of [
      [ours, theirs, ours],
      [theirs, ours, ours],
    ]) {
      const { article, copy } = mergeArticle(base, a, b)
      expect(textOf(article.body)).toBe(textOf(a.body))
      const all = { ...article.statements, ...copy?.statements }
      expect(Object.keys(all).sort()).toEqual(['s1', 's2'])
      expect(textOf((copy ?? kept).body)).toBe(textOf(b.body))
    }
  })
})

describe('fields', () => {
  test('a title changed on both keeps the later and the other as a conflict; tags from both stay', () => {
    const ours = {
      ...base,
      meta: { ...base.meta, title: 'Ours', tags: ['labour'] },
      updatedAt: '2024-02-02T00:00:00.000Z',
    }
    const theirs = {
      ...base,
      meta: { ...base.meta, title: 'Theirs', tags: ['wages'] },
      updatedAt: '2024-02-01T00:00:00.000Z',
    }
    const { article } = mergeArticle(base, ours, theirs)
    expect(article.meta.title).toBe('Ours')
    expect(article.meta.tags).toEqual(['labour', 'wages'])
    expect(article.conflicts).toEqual([{ kind: 'field', field: 'meta.title', other: 'Theirs' }])
    expect(mergeArticle(base, theirs, ours).article.meta.title).toBe('Ours')
  })

  test('a conflict settled on one side stays settled', () => {
    const open = [{ kind: 'field' as const, field: 'meta.title', other: 'Old' }]
    const was = { ...base, conflicts: open }
    const settled = { ...base, updatedAt: '2024-03-01T00:00:00.000Z' }
    const other = { ...was, meta: { ...base.meta, source: 'Agency' } }
    const { article } = mergeArticle(was, settled, other)
    expect(article.conflicts).toBeUndefined()
    expect(article.meta.source).toBe('Agency')
  })
})
