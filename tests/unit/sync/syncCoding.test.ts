import { expect, test } from 'vitest'
import { mergeArticle } from '../../../src-main/notebook/sync/mergeArticle'
import { articleOf, statement } from '../../support/syncArticles'

const TEXT = [
  'The minister said the talks would resume next week.',
  'Unions warned that strikes could follow.',
]

test('two coders who each mark the article done on their own machine are both done after a sync', () => {
  const coding = { coders: ['ana', 'bea'], done: [] as string[] }
  const base = articleOf(TEXT, [], { coding })
  const mine = statement('s1', '2024-01-02T00:00:00.000Z', { coderId: 'ana' })
  const ours = articleOf(TEXT, [{ statement: mine, words: 'the talks would resume next week' }], {
    coding: { ...coding, done: ['ana'] },
    updatedAt: '2024-01-02T00:00:00.000Z',
  })
  const hers = statement('s2', '2024-01-03T00:00:00.000Z', { coderId: 'bea' })
  const theirs = articleOf(TEXT, [{ statement: hers, words: 'strikes could follow' }], {
    coding: { ...coding, done: ['bea'] },
    updatedAt: '2024-01-03T00:00:00.000Z',
  })
  const { article } = mergeArticle(base, ours, theirs)
  expect(Object.keys(article.statements).sort()).toEqual(['s1', 's2'])
  expect([...(article.coding?.done ?? [])].sort()).toEqual(['ana', 'bea'])
})

test('decisions made on two machines are all kept after a sync, the later one where both decided a unit', () => {
  const coding = { coders: ['ana', 'bea'], done: ['ana', 'bea'] }
  const base = articleOf(TEXT, [], { coding })
  const ours = articleOf(TEXT, [], {
    coding: {
      ...coding,
      decisions: [
        { unitId: 'u1', drop: true as const },
        { unitId: 'u2', drop: true as const },
      ],
    },
    updatedAt: '2024-01-02T00:00:00.000Z',
  })
  const theirs = articleOf(TEXT, [], {
    coding: {
      ...coding,
      decisions: [
        { unitId: 'u1', statementId: 'c1' },
        { unitId: 'u3', drop: true as const },
      ],
    },
    updatedAt: '2024-01-03T00:00:00.000Z',
  })
  const { article } = mergeArticle(base, ours, theirs)
  const decided = [...(article.coding?.decisions ?? [])].sort((a, b) =>
    a.unitId.localeCompare(b.unitId),
  )
  expect(decided).toEqual([
    { unitId: 'u1', statementId: 'c1' },
    { unitId: 'u2', drop: true },
    { unitId: 'u3', drop: true },
  ])
})
