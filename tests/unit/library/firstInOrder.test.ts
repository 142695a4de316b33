import { expect, test } from 'vitest'
import { firstInOrder } from '../../../src-main/notebook/library/firstInOrder'

test('the first few in order are the start of a stable sort, equal items in their own order', () => {
  let seed = 3
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % 1000
  const items = Array.from({ length: 500 }, (_, i) => ({ i, value: next() % 37 }))
  const compare = (a: { value: number }, b: { value: number }) => a.value - b.value
  for (const count of [0, 1, 2, 10, 50, 499, 500, 800])
    expect(firstInOrder(items, count, compare)).toEqual(
      [...items].sort(compare).slice(0, Math.max(0, count)),
    )
})
