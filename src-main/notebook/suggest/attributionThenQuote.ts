import { contentAfter } from './contentAfter'
import { sharedSpeaker } from './contentClause'
import { nounPhraseBefore } from './nounPhraseBefore'
import { isTitleQuote } from './isTitleQuote'
import type { CueContext, Finding } from './finding'
import { speakerBefore } from './speakerBefore'
import { trimSpan } from './trimSpan'

/** `Lisk said: “We are closer than I expected.”` */
export function attributionThenQuote(context: CueContext): Finding | undefined {
  // "when she said, “…”", "and Roth said, “…”": more than a speaker before the cue; the noun nearest.
  const found = speakerBefore(context.sentence, context.cue.index)
  const fallback = found ? undefined : nounPhraseBefore(context.sentence, context.cue.index)
  const before = found ?? (fallback && { kind: 'phrase' as const, phrase: fallback })
  if (!before) return undefined
  const after = contentAfter(context)
  if (after?.kind !== 'quote' || isTitleQuote(context.text, after.quote)) return undefined
  // `Holt confirmed it and said, “…”`: the speaker of the sentence's first cue or its subject.
  const speaker =
    before.kind === 'phrase' ? { phrase: before.phrase } : sharedSpeaker(context, true)
  if (!speaker) return undefined
  const cueToken = context.sentence.tokens[context.cue.index]
  return {
    rule: 'attribution-then-quote',
    content: trimSpan(context.text, after.quote, 'quotation'),
    speaker,
    cue: context.cue.cue,
    mode: 'direct',
    confidence: speaker === 'previous' ? 0.8 : 0.9,
    at: speaker === 'previous' ? cueToken.start : speaker.phrase.start,
  }
}
