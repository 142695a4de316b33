import type { Sentence, Span, Token } from './finding'
import { functionWords } from './functionWords'
import { lexiconTags } from './lexiconTags'

/** Who stands before a cue: words that name them, or the subject of an earlier verb. */
export type SpeakerBefore =
  { kind: 'phrase'; phrase: Span; from: number } | { kind: 'coordinated' } | { kind: 'participle' }

const BOUNDARY = /^[“”":;—–()]$/
const MAX_PHRASE_TOKENS = 14

/** Skips what may stand between a speaker and the cue ("later", "have", ", however,"). */
function lastSpeakerToken(tokens: readonly Token[], cueIndex: number): number {
  let j = cueIndex - 1
  while (j >= 0) {
    const { lower } = tokens[j]
    const aroundHowever =
      lower === ',' && (tokens[j - 1]?.lower === 'however' || tokens[j + 1]?.lower === 'however')
    if (functionWords.betweenSpeakerAndCue.has(lower) || aroundHowever) j--
    else return j
  }
  return j
}

function looksLikeVerb(token: Token): boolean {
  if (functionWords.finiteVerbs.has(token.lower)) return true
  if (/^\p{Lu}/u.test(token.text)) return false
  return (
    lexiconTags(token.lower).some((tag) => /PastTense|Copula|Modal/.test(tag)) ||
    /ed$/.test(token.lower)
  )
}

/** The speaker words before the cue at cueIndex, down to the clause boundary. */
export function speakerBefore(sentence: Sentence, cueIndex: number): SpeakerBefore | undefined {
  const { tokens } = sentence
  const last = lastSpeakerToken(tokens, cueIndex)
  if (last < 0) return undefined
  const lastToken = tokens[last]
  if (functionWords.conjunctions.has(lastToken.lower)) return { kind: 'coordinated' }
  if (lastToken.text === ',' && /ing$/.test(tokens[cueIndex].lower)) return { kind: 'participle' }
  let from = last
  while (from > 0 && !BOUNDARY.test(tokens[from - 1].text)) from--
  from = speakerSegments(tokens, from, last)
  const words = tokens.slice(from, last + 1).filter((t) => t.text !== ',')
  if (words.length === 0 || words.length > MAX_PHRASE_TOKENS) return undefined
  if (words.some((t, i) => looksLikeVerb(t) && !isAfterRelative(words, i))) return undefined
  const head = lastToken.text === ',' ? tokens[last - 1] : lastToken
  if (
    !head ||
    functionWords.prepositions.has(head.lower) ||
    functionWords.determiners.has(head.lower)
  )
    return undefined
  return { kind: 'phrase', phrase: { start: tokens[from].start, end: lastToken.end }, from }
}

/**
 * Where the speaker's words start among the comma-separated parts before the cue: the last part
 * ("Speaking in Tarsk, Kask said"), with its relative clause ("The Herald, which is close to the
 * party, reported") and its appositive ("Pavel Drazic, the chief negotiator, said").
 */
function speakerSegments(tokens: readonly Token[], from: number, last: number): number {
  const starts = [from]
  for (let i = from; i < last; i++) if (tokens[i].text === ',') starts.push(i + 1)
  let take = starts.length - 1
  if (functionWords.relatives.has(tokens[starts[take]]?.lower ?? '') && take > 0) take--
  if (tokens[last].text === ',' && take > 0) take--
  return starts[take]
}

/** Words in a relative clause ("which is close to…") may be verbs. */
function isAfterRelative(words: readonly Token[], at: number): boolean {
  return words.slice(0, at).some((t) => functionWords.relatives.has(t.lower))
}
