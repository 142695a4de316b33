import { describe, expect, test } from 'vitest'
import { krippendorffAlpha } from '../../../src-main/notebook/agreement/krippendorffAlpha'

// Krippendorff (2011), Computing Krippendorff's Alpha-Reliability, reliability data "C":
// 4 observers × 12 units with missing values (null), as in R's irr::kripp.alpha example.
const observers: (number | null)[][] = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
  [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
]
const units = observers[0].map((_, unit) =>
  observers.map((row) => row[unit]).filter((value): value is number => value !== null),
)

describe("Krippendorff's published reliability data C", () => {
  test.each([
    ['nominal', 0.743],
    ['ordinal', 0.815],
    ['interval', 0.849],
    ['ratio', 0.797],
  ] as const)('%s α is %s to three decimals', (level, published) => {
    expect(krippendorffAlpha(units, level).alpha!.toFixed(3)).toBe(published.toFixed(3))
  })

  test('the unit coded once is left out: 11 pairable units holding 40 values', () => {
    const alpha = krippendorffAlpha(units, 'nominal')
    expect([alpha.units, alpha.values]).toEqual([11, 40])
  })
})

test('coders who always agree have α 1 and percent agreement 1', () => {
  const alpha = krippendorffAlpha(
    [
      ['a', 'a'],
      ['b', 'b'],
      ['a', 'a', 'a'],
    ],
    'nominal',
  )
  expect([alpha.alpha, alpha.percentAgreement]).toEqual([1, 1])
})

test('with one value used throughout there is nothing to measure: α is null, not 1 or NaN', () => {
  expect(
    krippendorffAlpha(
      [
        ['a', 'a'],
        ['a', 'a'],
      ],
      'nominal',
    ).alpha,
  ).toBeNull()
  expect(krippendorffAlpha([['a'], ['b']], 'nominal')).toMatchObject({ alpha: null, units: 0 })
})
