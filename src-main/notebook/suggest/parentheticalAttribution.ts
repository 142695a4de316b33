import type { CueContext, Finding, Span, Token } from './finding'
import { functionWords } from './functionWords'
import { speakerAfter } from './speakerAfter'
import { speakerBefore } from './speakerBefore'
import { statementMode } from './statementMode'
import { trimSpan } from './trimSpan'

const MIN_REST_WORDS = 3

const isWord = (t: Token | undefined) => !!t && /\p{L}/u.test(t.text)

/** "on Monday", "in an interview", "last week": what may stand between the cue and its comma. */
function commaAfterCue(tokens: readonly Token[], from: number): number | undefined {
  for (let i = from; i < Math.min(tokens.length, from + 8); i++) {
    if (tokens[i].text === ',') return i
    if (tokens[i].inQuote || /^[.;:!?“”"()—–]$/.test(tokens[i].text)) return undefined
    if (i === from && !functionWords.prepositions.has(tokens[i].lower)) {
      if (!functionWords.timeWords.has(tokens[i].lower) && !/^(last|this)$/.test(tokens[i].lower))
        return undefined
    }
  }
  return undefined
}

/** The clause goes on after the attribution's comma: not "adding", "who", a quotation or an end. */
function goesOn(tokens: readonly Token[], comma: number): boolean {
  const next = tokens[comma + 1]
  if (!isWord(next) || next.inQuote) return false
  if (/ing$/.test(next.lower) && /^\p{Ll}/u.test(next.text)) return false
  if (functionWords.relatives.has(next.lower)) return false
  return tokens.slice(comma + 1).filter(isWord).length >= MIN_REST_WORDS
}

/**
 * `The goal, he said, is a lasting truce.` and `She said, if elected, she would stay.`: the
 * attribution stands between commas inside its content, or opens it with a comma. The content
 * is the sentence around the attribution, or what follows the comma.
 */
export function parentheticalAttribution(context: CueContext): Finding | undefined {
  const { sentence, cue, text } = context
  const { tokens } = sentence
  if (cue.cue === 'according to' || cue.cue === ':') return undefined
  let phrase: Span | undefined
  let from: number
  let to: number
  const before = speakerBefore(sentence, cue.index)
  // "The goal, said the minister, is a lasting truce."
  const after = tokens[cue.index - 1]?.text === ',' ? speakerAfter(sentence, cue.end) : undefined
  // "The campaign, first reported by The Harbour Times, began…": the one after "by" reported it.
  const agent = tokens[cue.end]?.lower === 'by' ? speakerAfter(sentence, cue.end + 1) : undefined
  if (agent) {
    phrase = agent.phrase
    from = cue.index
    while (from > 0 && /^\p{Ll}+$/u.test(tokens[from - 1].text)) from--
    to = agent.to
  } else if (after && tokens[after.to]?.text === ',') {
    phrase = after.phrase
    from = cue.index
    to = after.to
  } else if (before?.kind === 'phrase') {
    phrase = before.phrase
    from = before.from
    to = cue.end
  } else return undefined
  const comma = commaAfterCue(tokens, to)
  if (comma === undefined || !goesOn(tokens, comma)) return undefined
  const opens = tokens.slice(0, from).every((t) => !isWord(t))
  const inside = tokens[from - 1]?.text === ',' && tokens.slice(0, from - 1).some(isWord)
  if (!opens && !inside) return undefined
  const start = opens ? tokens[comma + 1].start : sentence.start
  const content = trimSpan(text, { start, end: sentence.end }, 'paraphrase')
  return {
    rule: 'parenthetical-attribution',
    content,
    speaker: { phrase },
    cue: cue.cue,
    mode: statementMode(content, context.passage.quotes),
    confidence: 0.75,
    at: phrase.start,
  }
}
