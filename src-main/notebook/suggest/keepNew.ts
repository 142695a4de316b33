import type { RejectedSuggestion } from '../../shared/model'
import type { StatementSuggestion } from '../../shared/suggestion'
import type { Span } from './finding'

const overlap = (a: Span, b: Span) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))

/** Where a rejected suggestion's words are now: the occurrence nearest where they were. */
function rejectedStarts(text: string, rejected: readonly RejectedSuggestion[]): Set<string> {
  const starts = new Set<string>()
  for (const { exact, start } of rejected) {
    let best = -1
    for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1))
      if (best === -1 || Math.abs(at - start) < Math.abs(best - start)) best = at
    if (best !== -1) starts.add(`${best}:${exact}`)
  }
  return starts
}

/**
 * The suggestions worth showing, in reading order: none over a coded statement, none the analyst
 * rejected, and of two that cover mostly the same words only the surer one.
 */
export function keepNew(
  text: string,
  suggestions: readonly StatementSuggestion[],
  coded: readonly Span[],
  rejected: readonly RejectedSuggestion[],
): StatementSuggestion[] {
  const refused = rejectedStarts(text, rejected)
  const kept: StatementSuggestion[] = []
  const byConfidence = [...suggestions].sort((a, b) => b.confidence - a.confidence)
  for (const suggestion of byConfidence) {
    const { anchor } = suggestion
    if (anchor.end <= anchor.start) continue
    if (coded.some((span) => overlap(span, anchor) > 0)) continue
    if (refused.has(`${anchor.start}:${anchor.exact}`)) continue
    const shorter = (other: Span) => Math.min(other.end - other.start, anchor.end - anchor.start)
    if (kept.some((other) => overlap(other.anchor, anchor) > shorter(other.anchor) / 2)) continue
    kept.push(suggestion)
  }
  return kept.sort((a, b) => a.anchor.start - b.anchor.start)
}
