/**
 * Edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`, or `max + 1` once
 * it is sure to be more than `max`: a swap counts once, as typing "Zelenksy" is one slip.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let before = Array.from({ length: b.length + 1 }, (_, j) => j)
  let previous = before
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, before[j - 2] + 1)
      row.push(d)
      best = Math.min(best, d)
    }
    if (best > max) return max + 1
    before = previous
    previous = row
  }
  return Math.min(previous[b.length], max + 1)
}
