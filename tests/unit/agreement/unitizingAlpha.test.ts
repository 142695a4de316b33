import { describe, expect, test } from 'vitest'
import {
  unitizingAlpha,
  type MarkedUnit,
} from '../../../src-main/notebook/agreement/unitizingAlpha'

// Krippendorff (2004), Content Analysis, 2nd ed., p. 254: two coders unitize a continuum from 150
// to 450 into categories c and k. Published: c 0.7286 (observed .0144, expected .0532), k 1, all .8591.
const unit = (start: number, length: number, category: string): MarkedUnit => ({
  start: start - 150,
  end: start - 150 + length,
  category,
})
const published = [
  [unit(225, 70, 'c'), unit(370, 30, 'c'), unit(180, 60, 'k'), unit(300, 50, 'k')],
  [
    unit(220, 80, 'c'),
    unit(355, 20, 'c'),
    unit(400, 20, 'c'),
    unit(180, 60, 'k'),
    unit(300, 50, 'k'),
  ],
]

describe("Krippendorff's worked unitizing example", () => {
  const result = unitizingAlpha(300, published)
  test('category c: observed and expected disagreement and α as published', () => {
    const c = result.byCategory.c
    expect([c.observed.toFixed(4), c.expected.toFixed(4), c.alpha!.toFixed(4)]).toEqual([
      '0.0144',
      '0.0532',
      '0.7286',
    ])
  })
  test('category k, marked alike by both, has α 1; both categories together .859', () => {
    expect(result.byCategory.k.alpha).toBe(1)
    expect(result.alpha!.toFixed(3)).toBe('0.859')
  })
})

test('coders who mark the same words have α 1, three coders as well as two', () => {
  const same = [unit(160, 40, 's'), unit(300, 90, 's')]
  expect(unitizingAlpha(300, [same, same, same]).alpha).toBe(1)
})

test('coders who mark disjoint words score at or below 0', () => {
  const result = unitizingAlpha(300, [
    [unit(160, 40, 's'), unit(300, 30, 's')],
    [unit(220, 50, 's'), unit(380, 40, 's')],
  ])
  expect(result.alpha).toBeLessThanOrEqual(0)
})

test("a coder's overlapping statements count as the words they cover together", () => {
  const overlapping = [unit(160, 40, 's'), unit(180, 40, 's')]
  const covered = [unit(160, 60, 's')]
  expect(unitizingAlpha(300, [overlapping, covered]).alpha).toBe(1)
})

test('with nothing marked there is no α to give', () => {
  expect(unitizingAlpha(300, [[], []]).alpha).toBeNull()
})
