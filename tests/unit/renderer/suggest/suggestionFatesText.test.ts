import { describe, expect, test } from 'vitest'
import { suggestionFatesText } from '../../../../src-renderer/features/suggest/suggestionFatesText'

describe('suggestionFatesText', () => {
  test('says each fate with its share of all the suggestions', () => {
    expect(
      suggestionFatesText({
        asSuggested: 78,
        speakerCorrected: 20,
        spanCorrected: 10,
        bothCorrected: 0,
        rejected: 12,
        total: 120,
      }),
    ).toBe(
      'Of 120 suggestions: 78 accepted as they were (65\u00a0%), 20 with the speaker corrected (17\u00a0%), 10 with the span corrected (8\u00a0%), 12 rejected (10\u00a0%).',
    )
  })

  test('one suggestion is one, a fate none took says none, and both corrected shows only when some were', () => {
    expect(
      suggestionFatesText({
        asSuggested: 0,
        speakerCorrected: 0,
        spanCorrected: 0,
        bothCorrected: 1,
        rejected: 0,
        total: 1,
      }),
    ).toBe(
      'Of 1 suggestion: none accepted as they were, none with the speaker corrected, none with the span corrected, 1 with both the speaker and the span corrected (100\u00a0%), none rejected.',
    )
  })

  test('nothing to say before any suggestion was accepted or rejected', () => {
    expect(
      suggestionFatesText({
        asSuggested: 0,
        speakerCorrected: 0,
        spanCorrected: 0,
        bothCorrected: 0,
        rejected: 0,
        total: 0,
      }),
    ).toBeUndefined()
  })
})
