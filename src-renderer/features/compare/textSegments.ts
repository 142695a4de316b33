import type { ComparedUnit } from '../../../src-main/shared/coding'

/** A stretch of the text and who marked it: each coder (by their place in the comparison) and the unit. */
export interface TextSegment {
  start: number
  end: number
  marks: { coder: number; unit: number }[]
}

/**
 * The text cut where any coder's statement begins or ends, so that each stretch is marked by the
 * same coders throughout: what the compare view draws, a band per coder under the words.
 */
export function textSegments(
  length: number,
  units: readonly ComparedUnit[],
  coderIds: readonly string[],
): TextSegment[] {
  const spans = units.flatMap((unit, index) =>
    unit.statements.map((s) => ({
      start: Math.max(0, Math.min(length, s.start)),
      end: Math.max(0, Math.min(length, s.end)),
      coder: coderIds.indexOf(s.coderId),
      unit: index,
    })),
  )
  const cuts = [...new Set([0, length, ...spans.flatMap((s) => [s.start, s.end])])].sort(
    (a, b) => a - b,
  )
  const segments: TextSegment[] = []
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]]
    const marks = spans
      .filter((s) => s.start <= start && s.end >= end)
      .map(({ coder, unit }) => ({ coder, unit }))
      .sort((a, b) => a.coder - b.coder)
    segments.push({ start, end, marks })
  }
  return segments
}
