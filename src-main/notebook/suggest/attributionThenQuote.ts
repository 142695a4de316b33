import { contentAfter } from './contentAfter'
import type { CueContext, Finding } from './finding'
import { speakerBefore } from './speakerBefore'
import { trimSpan } from './trimSpan'

/** `Lisk said: “We are closer than I expected.”` */
export function attributionThenQuote(context: CueContext): Finding | undefined {
  const before = speakerBefore(context.sentence, context.cue.index)
  if (before?.kind !== 'phrase') return undefined
  const after = contentAfter(context)
  if (after?.kind !== 'quote') return undefined
  return {
    rule: 'attribution-then-quote',
    content: trimSpan(context.text, after.quote, 'quotation'),
    speaker: { phrase: before.phrase },
    cue: context.cue.cue,
    mode: 'direct',
    confidence: 0.9,
    at: before.phrase.start,
  }
}
