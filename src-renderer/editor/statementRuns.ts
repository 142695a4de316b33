import type { DocRange, StatementSpan } from '../../src-main/shared/statementSpans'

/** A stretch of the text covered by the same statements throughout. */
export interface StatementRun extends DocRange {
  /** The statements over these words, the outermost first (as the sentence reads them). */
  ids: string[]
  /** Whether a statement other than the outermost begins here: where shared words start. */
  starts: boolean
}

/** Outer before inner: the one that starts first, else the longer. */
const outerFirst = (a: StatementSpan, b: StatementSpan) =>
  a.from - b.from || b.to - a.to || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/**
 * The text cut where any statement starts or ends: each piece with the statements over it. Words in
 * two statements ("X said that Y told him that …") become their own run, with both.
 */
export function statementRuns(spans: readonly StatementSpan[]): StatementRun[] {
  const edges = [...new Set(spans.flatMap((s) => [s.from, s.to]))].sort((a, b) => a - b)
  const starts = new Set(spans.map((s) => s.from))
  const ordered = [...spans].sort(outerFirst)
  const runs: StatementRun[] = []
  let open: StatementSpan[] = []
  let next = 0
  for (let i = 0; i < edges.length - 1; i++) {
    const [from, to] = [edges[i], edges[i + 1]]
    open = open.filter((s) => s.to > from)
    while (next < ordered.length && ordered[next].from <= from) open.push(ordered[next++])
    if (open.length === 0) continue
    open.sort(outerFirst)
    runs.push({ from, to, ids: open.map((s) => s.id), starts: open.length > 1 && starts.has(from) })
  }
  return runs
}

/**
 * The stretches to draw again when statements in `ranges` change: each range widened to every
 * statement that overlaps it, and those to the statements overlapping them, so that no statement
 * crosses a stretch's edge and the runs inside come out as a whole text's would.
 */
export function stretchesAround(
  spans: readonly StatementSpan[],
  ranges: readonly DocRange[],
): DocRange[] {
  const clusters: DocRange[] = []
  for (const span of [...spans].sort(outerFirst)) {
    const last = clusters.at(-1)
    if (last && span.from < last.to) last.to = Math.max(last.to, span.to)
    else clusters.push({ from: span.from, to: span.to })
  }
  const wanted = [...ranges, ...clusters.filter((c) => ranges.some((r) => overlaps(c, r)))]
  wanted.sort((a, b) => a.from - b.from)
  const stretches: DocRange[] = []
  for (const range of wanted) {
    const last = stretches.at(-1)
    if (last && range.from <= last.to) last.to = Math.max(last.to, range.to)
    else stretches.push({ ...range })
  }
  return stretches
}

export const overlaps = (a: DocRange, b: DocRange): boolean => a.from < b.to && b.from < a.to
