import type { Node as PMNode } from '@tiptap/pm/model'
import { offsetToPos, plainText, type PlainText } from '../../../src-main/shared/plainText'
import type { StatementSpan } from '../../../src-main/shared/statementSpans'
import type { StatementSuggestion } from '../../../src-main/shared/suggestion'

/** A suggestion found in the document as it is now: its plain-text offsets and document positions. */
export interface PlacedSuggestion {
  suggestion: StatementSuggestion
  /** Who it is for: the suggestion's speaker, or the registry's by that name once there is one. */
  speaker: StatementSuggestion['speaker']
  start: number
  end: number
  from: number
  to: number
}

/** Where `exact` occurs nearest to `near`, or -1. */
function nearestIndexOf(text: string, exact: string, near: number): number {
  let best = -1
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) best = at
    if (at > near) break
  }
  return best
}

/**
 * The suggestions whose words are still in the text (where the archive said, or nearby if the text
 * moved since), leaving out any that overlap a coded statement, in reading order.
 */
export function placeSuggestions(
  doc: PMNode,
  suggestions: readonly StatementSuggestion[],
  coded: readonly StatementSpan[],
  /** The document's plain text, when it was already worked out (the statement view keeps it). */
  plain: PlainText = plainText(doc),
): PlacedSuggestion[] {
  const placed: PlacedSuggestion[] = []
  for (const suggestion of suggestions) {
    const { exact } = suggestion.anchor
    const start =
      plain.text.slice(suggestion.anchor.start, suggestion.anchor.end) === exact
        ? suggestion.anchor.start
        : nearestIndexOf(plain.text, exact, suggestion.anchor.start)
    if (start < 0 || exact.length === 0) continue
    const end = start + exact.length
    if (coded.some((span) => span.start < end && start < span.end)) continue
    if (placed.some((other) => other.start < end && start < other.end)) continue
    const from = offsetToPos(plain, start, 'start')
    const to = offsetToPos(plain, end, 'end')
    placed.push({ suggestion, speaker: suggestion.speaker, start, end, from, to })
  }
  return placed.sort((a, b) => a.start - b.start)
}

/** What hovering a suggestion says: "Suggested: Ilse Varga · said · indirect". */
export function suggestionTitle({
  speaker,
  cue,
  mode,
}: Pick<StatementSuggestion, 'speaker' | 'cue' | 'mode'>): string {
  return `Suggested: ${speaker.name} · ${cue || 'quote continues'} · ${mode}`
}
