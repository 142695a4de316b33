/** A coded stretch of one article: whose it is and where it lies, [start, end) in characters. */
export interface CodedSpan {
  id: string
  coderId: string
  start: number
  end: number
}

/** Two spans match when they share at least half of the shorter one. */
export const MATCH_SHARE = 0.5

/**
 * Groups the coders' spans into units: spans of different coders are matched where they overlap
 * by ≥ half the shorter, largest overlap first, each coder at most once in a unit. A span no one
 * matched is a unit of its own (one coder only). Units come in the order of their first span.
 */
export function matchUnits(spans: readonly CodedSpan[]): CodedSpan[][] {
  const candidates: { a: number; b: number; overlap: number }[] = []
  for (let a = 0; a < spans.length; a++)
    for (let b = a + 1; b < spans.length; b++) {
      const [x, y] = [spans[a], spans[b]]
      if (x.coderId === y.coderId) continue
      const overlap = Math.min(x.end, y.end) - Math.max(x.start, y.start)
      const shorter = Math.min(x.end - x.start, y.end - y.start)
      if (overlap > 0 && overlap >= MATCH_SHARE * shorter) candidates.push({ a, b, overlap })
    }
  candidates.sort(
    (p, q) =>
      q.overlap - p.overlap || spans[p.a].start - spans[q.a].start || p.a - q.a || p.b - q.b,
  )
  const unitOf = spans.map((_, i) => i)
  const members = spans.map((_, i) => [i])
  for (const { a, b } of candidates) {
    const [ua, ub] = [unitOf[a], unitOf[b]]
    if (ua === ub) continue
    const coders = new Set(members[ua].map((i) => spans[i].coderId))
    if (members[ub].some((i) => coders.has(spans[i].coderId))) continue
    for (const i of members[ub]) unitOf[i] = ua
    members[ua].push(...members[ub])
    members[ub] = []
  }
  return members
    .filter((unit) => unit.length > 0)
    .map((unit) => unit.sort((p, q) => p - q).map((i) => spans[i]))
    .sort((p, q) => p[0].start - q[0].start || p[0].end - q[0].end)
}
