import { contentAfter } from './contentAfter'
import { findCues } from './findCues'
import type { CueContext, Finding, SpeakerSource } from './finding'
import { sentenceSubject } from './sentenceSubject'
import { nounPhraseBefore } from './nounPhraseBefore'
import { speakerAfter } from './speakerAfter'
import { speakerBefore } from './speakerBefore'
import { statementMode } from './statementMode'
import { trimSpan } from './trimSpan'

/**
 * Who "and said" or ", saying" refers to: the speaker of an earlier cue, or the sentence's
 * subject (first, when the earlier cue may have found nothing: "confirmed the closure and said").
 */
export function sharedSpeaker(
  context: CueContext,
  subjectFirst = false,
): SpeakerSource | undefined {
  const subject = sentenceSubject(context.sentence, context.cue.index)
  if (subject && subjectFirst) return { phrase: subject }
  const earlier = findCues(context.sentence).some((cue) => cue.index < context.cue.index)
  if (earlier) return 'previous'
  return subject && { phrase: subject }
}

/** `Holtz said the cuts were unavoidable.`, `He cautioned that…`, `…, saying it gave away too much.` */
export function contentClause(context: CueContext): Finding | undefined {
  if (context.cue.cue === 'according to') return undefined
  const found = speakerBefore(context.sentence, context.cue.index)
  // "after The Harbour Times reported that…": more than a speaker before the cue; the noun nearest.
  const fallback = found ? undefined : nounPhraseBefore(context.sentence, context.cue.index)
  const before = found ?? (fallback && { kind: 'phrase' as const, phrase: fallback, from: 0 })
  if (!before) return undefined
  // "The plan, said Karl Lind, was dead": the speaker follows the cue, the content is around.
  const { tokens } = context.sentence
  const inverted =
    tokens[context.cue.index - 1]?.text === ',' && speakerAfter(context.sentence, context.cue.end)
  if (inverted && tokens[inverted.to]?.text === ',') return undefined
  const after = contentAfter(context)
  if (after?.kind !== 'clause') return undefined
  const speaker = before.kind === 'phrase' ? { phrase: before.phrase } : sharedSpeaker(context)
  if (!speaker) return undefined
  const content = trimSpan(context.text, after.span, 'paraphrase')
  const cueToken = context.sentence.tokens[context.cue.index]
  return {
    rule: 'content-clause',
    content,
    speaker,
    cue: context.cue.cue,
    mode: statementMode(content, context.passage.quotes),
    confidence: speaker === 'previous' ? 0.75 : 0.8,
    at: speaker === 'previous' ? cueToken.start : speaker.phrase.start,
  }
}
