import { expect, test } from 'vitest'
import { cohenKappa } from '../../../src-main/notebook/agreement/cohenKappa'

/** A two-coder table as pairs: cells[i][j] units the first coder put in i and the second in j. */
function pairsOf(cells: number[][]): [number, number][] {
  return cells.flatMap((row, i) =>
    row.flatMap((count, j) =>
      Array.from({ length: count }, () => [i + 1, j + 1] as [number, number]),
    ),
  )
}

test("Cohen's (1960, p. 45) example: observed .70, chance .41, κ .492", () => {
  const kappa = cohenKappa(
    pairsOf([
      [88, 14, 18],
      [10, 40, 10],
      [2, 6, 12],
    ]),
  )
  expect([kappa.observed!.toFixed(2), kappa.expected!.toFixed(2), kappa.kappa!.toFixed(3)]).toEqual(
    ['0.70', '0.41', '0.492'],
  )
  expect(kappa.units).toBe(200)
})

test('coders who agree on every unit have κ 1; one category throughout gives no κ', () => {
  expect(
    cohenKappa([
      ['a', 'a'],
      ['b', 'b'],
    ]).kappa,
  ).toBe(1)
  expect(
    cohenKappa([
      ['a', 'a'],
      ['a', 'a'],
    ]).kappa,
  ).toBeNull()
  expect(cohenKappa([]).kappa).toBeNull()
})
