import type { SuggestionFates } from '../../../src-main/shared/suggestionQuality'

const share = (count: number, total: number) => `${Math.round((100 * count) / total)}\u00a0%`

/**
 * How the suggestions fared, in a sentence: "Of 120 suggestions: 78 accepted as they were
 * (65 %), 20 with the speaker corrected (17 %), 10 with the span corrected (8 %), 12 rejected
 * (10 %)."; undefined when there were none.
 */
export function suggestionFatesText(fates: SuggestionFates): string | undefined {
  const { total } = fates
  if (total === 0) return undefined
  const part = (count: number, words: string) =>
    count === 0 ? `none ${words}` : `${count} ${words} (${share(count, total)})`
  const parts = [
    part(
      fates.asSuggested,
      fates.asSuggested === 1 ? 'accepted as it was' : 'accepted as they were',
    ),
    part(fates.speakerCorrected, 'with the speaker corrected'),
    part(fates.spanCorrected, 'with the span corrected'),
    ...(fates.bothCorrected > 0
      ? [part(fates.bothCorrected, 'with both the speaker and the span corrected')]
      : []),
    part(fates.rejected, 'rejected'),
  ]
  return `Of ${total} ${total === 1 ? 'suggestion' : 'suggestions'}: ${parts.join(', ')}.`
}
