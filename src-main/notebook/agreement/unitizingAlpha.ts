/** A stretch of the continuum a coder marked, [start, end) in characters, with its category. */
export interface MarkedUnit {
  start: number
  end: number
  category: string
}

export interface UnitizingAlpha {
  /** Over all categories together (Krippendorff's |uα); null where no one marked anything. */
  alpha: number | null
  byCategory: Record<string, { alpha: number | null; observed: number; expected: number }>
}

interface Segment {
  start: number
  end: number
  marked: boolean
}

/**
 * Krippendorff's α for unitizing a continuum of `length` characters (Content Analysis, 2004,
 * §12.4): did the coders mark the same stretches? `coders` holds each coder's units; a coder's
 * overlapping units of one category count as the stretch they cover together.
 */
export function unitizingAlpha(length: number, coders: readonly MarkedUnit[][]): UnitizingAlpha {
  const categories = [...new Set(coders.flat().map((unit) => unit.category))].sort()
  const byCategory: UnitizingAlpha['byCategory'] = {}
  let observedSum = 0
  let expectedSum = 0
  for (const category of categories) {
    const segmentations = coders.map((units) => segmentation(length, units, category))
    const observed = observedDisagreement(length, segmentations)
    const expected = expectedDisagreement(length, segmentations)
    byCategory[category] = {
      alpha: expected === 0 ? null : 1 - observed / expected,
      observed,
      expected,
    }
    observedSum += observed
    expectedSum += expected
  }
  return { alpha: expectedSum === 0 ? null : 1 - observedSum / expectedSum, byCategory }
}

/** One coder's continuum cut into marked stretches and the gaps between them, in order. */
function segmentation(length: number, units: readonly MarkedUnit[], category: string): Segment[] {
  const stretches = units
    .filter((unit) => unit.category === category)
    .map((unit) => ({ start: Math.max(0, unit.start), end: Math.min(length, unit.end) }))
    .filter((unit) => unit.end > unit.start)
    .sort((a, b) => a.start - b.start)
  const segments: Segment[] = []
  let at = 0
  for (const { start, end } of stretches) {
    const last = segments.at(-1)
    if (last?.marked && start < last.end) {
      last.end = Math.max(last.end, end)
      at = last.end
      continue
    }
    if (start > at) segments.push({ start: at, end: start, marked: false })
    segments.push({ start, end, marked: true })
    at = end
  }
  if (at < length) segments.push({ start: at, end: length, marked: false })
  return segments
}

/** δ² of two segments that share characters (Krippendorff 2004: the unitizing distance). */
function distance(g: Segment, h: Segment): number {
  if (g.marked && h.marked) return (g.start - h.start) ** 2 + (g.end - h.end) ** 2
  // A marked stretch lying wholly within the other's gap disagrees by its whole length.
  if (g.marked && h.start <= g.start && g.end <= h.end) return (g.end - g.start) ** 2
  if (h.marked && g.start <= h.start && h.end <= g.end) return (h.end - h.start) ** 2
  return 0
}

function observedDisagreement(length: number, segmentations: readonly Segment[][]): number {
  const m = segmentations.length
  if (m < 2 || length === 0) return 0
  let sum = 0
  for (let i = 0; i < m; i++)
    for (let j = i + 1; j < m; j++) {
      const [a, b] = [segmentations[i], segmentations[j]]
      // Both segmentations cover the continuum in order: walk them together, each overlapping pair once.
      for (let x = 0, y = 0; x < a.length && y < b.length;) {
        sum += distance(a[x], b[y])
        if (a[x].end <= b[y].end) x++
        else y++
      }
    }
  return (2 * sum) / (m * (m - 1) * length * length)
}

function expectedDisagreement(length: number, segmentations: readonly Segment[][]): number {
  const m = segmentations.length
  const units = segmentations.flat().filter((segment) => segment.marked)
  const gaps = segmentations
    .flat()
    .filter((segment) => !segment.marked)
    .map((gap) => gap.end - gap.start)
    .sort((a, b) => a - b)
  // Sums of the longest gaps, so that each unit finds the gaps it fits in by one search.
  const longestSums = new Float64Array(gaps.length + 1)
  for (let i = gaps.length - 1; i >= 0; i--) longestSums[i] = longestSums[i + 1] + gaps[i]
  const count = units.length
  let numerator = 0
  let selfPairs = 0
  for (const unit of units) {
    const l = unit.end - unit.start
    const first = firstAtLeast(gaps, l)
    const fitting = gaps.length - first
    numerator +=
      ((count - 1) / 3) * (2 * l ** 3 - 3 * l ** 2 + l) +
      l ** 2 * (longestSums[first] - fitting * (l - 1))
    selfPairs += l * (l - 1)
  }
  const denominator = m * length * (m * length - 1) - selfPairs
  return denominator <= 0 ? 0 : ((2 / length) * numerator) / denominator
}

function firstAtLeast(sorted: readonly number[], value: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (sorted[middle] < value) low = middle + 1
    else high = middle
  }
  return low
}
