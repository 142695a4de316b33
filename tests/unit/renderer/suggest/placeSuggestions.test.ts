import { describe, expect, test } from 'vitest'
import { docFromJSON } from '../../../../src-main/shared/document'
import { statementSpans } from '../../../../src-main/shared/statementSpans'
import type { StatementSuggestion } from '../../../../src-main/shared/suggestion'
import {
  placeSuggestions,
  suggestionTitle,
} from '../../../../src-renderer/features/suggest/placeSuggestions'

const paragraph = (text: string, statementId?: string) => ({
  type: 'paragraph',
  content: [
    statementId
      ? { type: 'text', text, marks: [{ type: 'statement', attrs: { id: statementId } }] }
      : { type: 'text', text },
  ],
})

const suggestion = (exact: string, start: number): StatementSuggestion => ({
  anchor: { exact, start, end: start + exact.length },
  speaker: { name: 'Ilse Varga', kind: 'person' },
  cue: 'said',
  mode: 'indirect',
  confidence: 0.9,
  rule: 'content-clause',
})

describe('placing suggestions in the open text', () => {
  test('finds each suggestion’s words, also when the text moved since it was made', () => {
    const doc = docFromJSON({
      type: 'doc',
      content: [paragraph('On Friday, Varga said talks would resume.'), paragraph('Trade fell.')],
    })
    const placed = placeSuggestions(doc, [suggestion('talks would resume', 11)], [])
    expect(placed.map((p) => [p.start, p.end])).toEqual([[22, 40]])
    expect(doc.textBetween(placed[0].from, placed[0].to)).toBe('talks would resume')
  })

  test('leaves out words no longer in the text and words already coded', () => {
    const doc = docFromJSON({
      type: 'doc',
      content: [
        paragraph('Varga said talks would resume.'),
        paragraph('Trade fell by a third.', 'st1'),
      ],
    })
    const placed = placeSuggestions(
      doc,
      [suggestion('prices will rise', 0), suggestion('Trade fell by a third', 32)],
      statementSpans(doc),
    )
    expect(placed).toEqual([])
  })

  test('says on hover who, with which cue and how', () => {
    expect(suggestionTitle(suggestion('talks would resume', 11))).toBe(
      'Suggested: Ilse Varga · said · indirect',
    )
    expect(suggestionTitle({ ...suggestion('We go on.', 0), cue: '', mode: 'direct' })).toBe(
      'Suggested: Ilse Varga · quote continues · direct',
    )
  })
})
