import { describe, expect, test } from 'vitest'
import type { Position } from '../../../../src-main/shared/model'
import { codebookOutline, withSubPositions } from '../../../../src-main/shared/codebookOutline'
import { findPositions } from '../../../../src-renderer/features/registry/codebook/findPositions'
import {
  leftOut,
  mostSaidAbout,
  mostStatements,
} from '../../../../src-renderer/features/analysis/mostStatements'

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

describe('the positions a picture shows beside its speakers', () => {
  // Codebook order p1…p5; p1 and p2 are the big ones, both only the top speaker's.
  const positions = [
    { id: 'p1', total: 50 },
    { id: 'p2', total: 40 },
    { id: 'p3', total: 9 },
    { id: 'p4', total: 8 },
    { id: 'p5', total: 3 },
  ]
  const pairs = [
    { speakerId: 'top', positionId: 'p1', total: 50 },
    { speakerId: 'top', positionId: 'p2', total: 40 },
    { speakerId: 'second', positionId: 'p3', total: 6 },
    { speakerId: 'second', positionId: 'p5', total: 3 },
    { speakerId: 'third', positionId: 'p4', total: 8 },
    { speakerId: 'third', positionId: 'p3', total: 3 },
    { speakerId: 'not shown', positionId: 'p5', total: 99 },
  ]
  const shown = ['top', 'second', 'third']

  test('each speaker in turn brings the position they said most about, so no row is empty', () => {
    // By statements overall it would be p1, p2, p3: the third speaker's row would be empty.
    expect(mostSaidAbout(positions, pairs, shown, 3).map((p) => p.id)).toEqual(['p1', 'p3', 'p4'])
  })

  test('then each their second, in codebook order when asked', () => {
    expect(mostSaidAbout(positions, pairs, shown, 4).map((p) => p.id)).toEqual([
      'p1',
      'p3',
      'p4',
      'p2',
    ])
    expect(mostSaidAbout(positions, pairs, shown, 4, 'keep order').map((p) => p.id)).toEqual([
      'p1',
      'p2',
      'p3',
      'p4',
    ])
  })

  test('a position only speakers not shown spoke about is left out, whatever its size', () => {
    expect(mostSaidAbout(positions, pairs, shown, 10).map((p) => p.id)).toEqual([
      'p1',
      'p3',
      'p4',
      'p2',
      'p5',
    ])
    expect(mostSaidAbout(positions, pairs, ['third'], 10).map((p) => p.id)).toEqual(['p4', 'p3'])
  })

  test('the picture says what it leaves out, and nothing when it shows everything', () => {
    expect(leftOut({ shown: 30, of: 2000 }, { shown: 16, of: 300 }, 'each speaker’s')).toBe(
      'Showing the 30 speakers with most statements (of 2,000) and the 16 positions they each ' +
        'spoke most about (of 300). Choose a speaker or position above to see the others.',
    )
    expect(leftOut({ shown: 12, of: 12 }, { shown: 16, of: 40 })).toBe(
      'Showing the 16 positions with most statements (of 40). Choose a speaker or position ' +
        'above to see the others.',
    )
    expect(leftOut({ shown: 12, of: 12 }, { shown: 16, of: 40 }, 'each speaker’s')).toBe(
      'Showing the 16 positions the speakers each spoke most about (of 40). Choose a speaker or ' +
        'position above to see the others.',
    )
    expect(leftOut({ shown: 14, of: 15 }, { shown: 0, of: 0 })).toBe(
      'Showing the 14 speakers with most statements (of 15). Choose a speaker or position above ' +
        'to see the others.',
    )
    expect(leftOut({ shown: 12, of: 12 }, { shown: 7, of: 7 })).toBe('')
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

  test('finds a position by its label or description with the positions above it', () => {
    const outline = codebookOutline([
      ...codebook.filter((p) => p.id !== 'd'),
      { ...position('d', 'Médiation', 'c'), description: 'Third parties between the sides' },
    ])
    const found = (query: string) => findPositions(outline, query).map((n) => n.position.label)
    expect(found('MEDIATION')).toEqual(['Settlement', 'Talks', 'Médiation'])
    expect(found('third part')).toEqual(['Settlement', 'Talks', 'Médiation'])
    // Talks holds no “e”; it is shown as the place of Médiation. Orphan holds none either.
    expect(found('e')).toEqual(['Settlement', 'Talks', 'Médiation', 'Ceasefire'])
    expect(found('cease')).toEqual(['Ceasefire'])
    expect(found('nowhere')).toEqual([])
    expect(findPositions(outline, '  ')).toBe(outline)
  })
})
