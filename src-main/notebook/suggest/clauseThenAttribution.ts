import type { CueContext, Finding, Span } from './finding'
import { functionWords } from './functionWords'
import { isCapitalised } from './nameRuns'
import { objectFirstVerbs } from './reportingVerbs'
import { speakerAfter } from './speakerAfter'
import { speakerBefore } from './speakerBefore'
import { statementMode } from './statementMode'
import { trimSpan } from './trimSpan'

const MIN_CLAUSE_WORDS = 3

/** Only a time, a place or a participle follows the cue: "said in a joint statement." */
function endsAttribution(context: CueContext, from: number): boolean {
  const { tokens } = context.sentence
  // "…, a spokesman told The Harbour Times.": the one told comes first.
  if (objectFirstVerbs.has(tokens[context.cue.index].lower) && from === context.cue.end) {
    if (functionWords.determiners.has(tokens[from]?.lower ?? '')) from++
    while (
      isCapitalised(tokens[from]) ||
      /^(reporters|journalists)$/.test(tokens[from]?.lower ?? '')
    )
      from++
  }
  const next = tokens[from]
  if (!next || /^[.!?]$/.test(next.text) || next.text === ',') return true
  return functionWords.prepositions.has(next.lower) || functionWords.timeWords.has(next.lower)
}

/** `Talks will resume in September, the two delegations said.` and `…, said the minister.` */
export function clauseThenAttribution(context: CueContext): Finding | undefined {
  const { sentence, cue, text } = context
  const { tokens } = sentence
  let phrase: Span | undefined
  let comma: number
  const before = speakerBefore(sentence, cue.index)
  if (before?.kind === 'phrase' && tokens[before.from - 1]?.text === ',') {
    if (!endsAttribution(context, cue.end)) return undefined
    phrase = before.phrase
    comma = before.from - 1
  } else if (!before && tokens[cue.index - 1]?.text === ',') {
    const after = speakerAfter(sentence, cue.end)
    if (!after || !endsAttribution(context, after.to)) return undefined
    phrase = after.phrase
    comma = cue.index - 1
  } else return undefined
  const clause = tokens.slice(0, comma).filter((t) => /\p{L}/u.test(t.text))
  if (clause.length < MIN_CLAUSE_WORDS) return undefined
  const content = trimSpan(text, { start: sentence.start, end: tokens[comma].start }, 'paraphrase')
  return {
    rule: 'clause-then-attribution',
    content,
    speaker: { phrase },
    cue: cue.cue,
    mode: statementMode(content, context.passage.quotes),
    confidence: 0.75,
    at: phrase.start,
  }
}
