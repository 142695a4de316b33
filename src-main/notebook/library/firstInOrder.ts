/**
 * The first `count` items in the order `compare` gives, in that order: exactly what a stable sort
 * followed by a slice answers, without sorting the rest. A page of 50 of 10,000 articles compares
 * each article about once where a sort compares each about fourteen times.
 */
export function firstInOrder<T>(
  items: readonly T[],
  count: number,
  compare: (a: T, b: T) => number,
): T[] {
  const first: T[] = []
  if (count <= 0) return first
  for (const item of items) {
    if (first.length === count && compare(item, first[count - 1]) >= 0) continue
    // After every item it does not come before, as a stable sort keeps equal items.
    let low = 0
    let high = first.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (compare(item, first[middle]) < 0) high = middle
      else low = middle + 1
    }
    first.splice(low, 0, item)
    if (first.length > count) first.pop()
  }
  return first
}
