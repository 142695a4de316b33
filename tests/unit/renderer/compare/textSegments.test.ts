import { describe, expect, test } from 'vitest'
import type { ComparedUnit } from '../../../../src-main/shared/coding'
import { textSegments } from '../../../../src-renderer/features/compare/textSegments'
import { disagreementLine } from '../../../../src-renderer/features/compare/disagreementLabels'

const statement = (id: string, coderId: string, start: number, end: number) => ({
  coderId,
  statement: { id, coderId, tags: [], note: '', createdAt: '', updatedAt: '' },
  quote: '',
  start,
  end,
})

describe('the compare view’s text, cut where the coders’ statements begin and end', () => {
  test('overlapping statements of two coders make stretches marked by one, both, then one', () => {
    const units: ComparedUnit[] = [
      {
        id: 'a+b',
        statements: [statement('a', 'ana', 2, 8), statement('b', 'ben', 4, 10)],
        disagreements: ['boundaries'],
      },
    ]
    expect(textSegments(12, units, ['ana', 'ben'])).toEqual([
      { start: 0, end: 2, marks: [] },
      { start: 2, end: 4, marks: [{ coder: 0, unit: 0 }] },
      {
        start: 4,
        end: 8,
        marks: [
          { coder: 0, unit: 0 },
          { coder: 1, unit: 0 },
        ],
      },
      { start: 8, end: 10, marks: [{ coder: 1, unit: 0 }] },
      { start: 10, end: 12, marks: [] },
    ])
  })

  test('the stretches cover the whole text once, in order', () => {
    const units: ComparedUnit[] = [
      { id: 'c', statements: [statement('c', 'ben', 0, 3)], disagreements: ['one-coder'] },
      { id: 'd', statements: [statement('d', 'ana', 5, 9)], disagreements: ['one-coder'] },
    ]
    const segments = textSegments(9, units, ['ana', 'ben'])
    expect(segments.map((s) => [s.start, s.end])).toEqual([
      [0, 3],
      [3, 5],
      [5, 9],
    ])
    expect(segments[2].marks).toEqual([{ coder: 0, unit: 1 }])
  })
})

describe('what a unit’s coders disagree on, in a line', () => {
  test('names each difference, or one coder only, or agreement', () => {
    expect(disagreementLine([])).toBe('Agreed')
    expect(disagreementLine(['speaker', 'stance'])).toBe('Speaker and stance differ')
    expect(disagreementLine(['boundaries'])).toBe('Words differ')
    expect(disagreementLine(['one-coder'])).toBe('One coder only')
  })
})
