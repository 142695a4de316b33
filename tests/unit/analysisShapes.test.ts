import { describe, expect, test } from 'vitest'
import type { Position } from '../../src-main/shared/model'
import { codebookOutline, withSubPositions } from '../../src-main/shared/codebookOutline'
import { mostStatements } from '../../src-renderer/features/analysis/mostStatements'

describe('what a picture has room for', () => {
  const entries = [
    { id: 'a', total: 2 },
    { id: 'b', total: 9 },
    { id: 'c', total: 2 },
    { id: 'd', total: 5 },
  ]

  test('the entries with most statements, most first, ties in their order', () => {
    expect(mostStatements(entries, 3).map((e) => e.id)).toEqual(['b', 'd', 'a'])
  })

  test('or the same entries in the order given, as the codebook orders positions', () => {
    expect(mostStatements(entries, 3, 'keep order').map((e) => e.id)).toEqual(['a', 'b', 'd'])
  })
})

describe('the codebook outline', () => {
  const position = (id: string, label: string, parentId?: string, order?: number): Position => ({
    id,
    label,
    parentId,
    order,
    description: '',
    color: '#6b7280',
  })
  const codebook = [
    position('b', 'Ceasefire'),
    position('a', 'Settlement', undefined, 0),
    position('c', 'Talks', 'a'),
    position('d', 'Mediation', 'c'),
    position('e', 'Orphan', 'gone'),
  ]

  test('lists parents before children, in their order, then by label', () => {
    expect(
      codebookOutline(codebook).map((n) => `${'  '.repeat(n.depth)}${n.position.label}`),
    ).toEqual(['Settlement', '  Talks', '    Mediation', 'Ceasefire', 'Orphan'])
  })

  test('knows everything below a position, where it cannot be moved', () => {
    expect([...withSubPositions(codebook, ['a'])].sort()).toEqual(['a', 'c', 'd'])
  })
})
