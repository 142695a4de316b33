import type { Sentence, Span, Token } from './finding'
import { functionWords } from './functionWords'
import { lexiconTags } from './lexiconTags'
import { speakerWords } from './speakerWords'

/** Who stands before a cue: words that name them, or the subject of an earlier verb. */
export type SpeakerBefore =
  { kind: 'phrase'; phrase: Span; from: number } | { kind: 'coordinated' } | { kind: 'participle' }

const ASIDES = new Set(
  'when while after before as if though although asked speaking reached contacted'.split(' '),
)
const BOUNDARY = /^[“”":;—–()]$/
const MAX_PHRASE_TOKENS = 14

/** Skips what may stand between a speaker and the cue ("later", "have", ", however,"). */
function lastSpeakerToken(tokens: readonly Token[], cueIndex: number): number {
  let j = cueIndex - 1
  while (j >= 0) {
    const { lower } = tokens[j]
    const aroundHowever =
      lower === ',' && (tokens[j - 1]?.lower === 'however' || tokens[j + 1]?.lower === 'however')
    // "The Tennessean first reported", "Roth on Friday said", "Roth Friday said".
    const time = functionWords.timeWords.has(lower) || lower === 'first'
    // "Roth on Tuesday said": the day and its "on" both.
    if (isTimeBefore(tokens, j)) j -= tokens[j - 2]?.lower === 'this' ? 3 : 2
    else if (
      functionWords.betweenSpeakerAndCue.has(lower) ||
      time ||
      aroundHowever ||
      isAdverb(tokens[j])
    )
      j--
    else if (lower === ',' && tokens[j - 1]?.text === ')') j--
    else if (lower === ')') {
      // "Sen. Ada Roth (D-Vt.) said": the name is before the brackets.
      while (j >= 0 && tokens[j].text !== '(') j--
      j--
    } else return j
  }
  return j
}

/** "gingerly", "recently": an adverb, not a noun ending in -ly ("rally", "family"). */
function isAdverb(token: Token): boolean {
  if (!/^\p{Ll}+ly$/u.test(token.text)) return false
  return !lexiconTags(token.lower).some((tag) => /Noun|Singular|Plural|Adjective/.test(tag))
}

/** "last week", "this past month", "on Tuesday" between a speaker and the cue. */
function isTimeBefore(tokens: readonly Token[], j: number): boolean {
  const word = tokens[j].lower
  const before = tokens[j - 1]?.lower ?? ''
  if (/^(week|month|year|weekend)$/.test(word)) return /^(last|this|next|past)$/.test(before)
  return before === 'on' && functionWords.timeWords.has(word)
}

function looksLikeVerb(token: Token): boolean {
  if (functionWords.finiteVerbs.has(token.lower)) return true
  if (/^\p{Lu}/u.test(token.text) || token.text.includes('-')) return false
  return (
    lexiconTags(token.lower).some((tag) => /PastTense|Copula|Modal/.test(tag)) ||
    /ed$/.test(token.lower)
  )
}

/** The speaker words before the cue at cueIndex, down to the clause boundary. */
export function speakerBefore(sentence: Sentence, cueIndex: number): SpeakerBefore | undefined {
  const { tokens } = sentence
  const last = withoutAside(tokens, lastSpeakerToken(tokens, cueIndex))
  if (last < 0) return undefined
  const lastToken = tokens[last]
  if (functionWords.conjunctions.has(lastToken.lower)) return { kind: 'coordinated' }
  if (/^(,|by)$/.test(lastToken.lower) && /ing$/.test(tokens[cueIndex].lower))
    return { kind: 'participle' }
  let start = last
  while (start > 0 && !BOUNDARY.test(tokens[start - 1].text)) start--
  const from = speakerSegments(tokens, start, last)
  const words = tokens.slice(from, last + 1).filter((t) => t.text !== ',')
  const tooLong =
    words.length === 0 ||
    words.length > MAX_PHRASE_TOKENS ||
    words.some(
      (t, i) => looksLikeVerb(t) && !isAfterRelative(words, i) && !isAdjective(t, words[i + 1]),
    )
  if (tooLong) return nameBeforeAppositive(tokens, start, last)
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

const MAX_NAME_TOKENS = 7

/**
 * "Ari Lund, a former adviser who sits on the board of the fund, said": a name, then an
 * appositive too long to read as the speaker's words, then the cue. The name speaks.
 */
function nameBeforeAppositive(
  tokens: readonly Token[],
  start: number,
  last: number,
): SpeakerBefore | undefined {
  if (tokens[last].text !== ',') return undefined
  let end = start
  while (end < last && tokens[end].text !== ',') end++
  const name = tokens.slice(start, end)
  const isName = (t: Token, i: number) =>
    /^\p{Lu}/u.test(t.text) || (t.text === '.' && i > 0) || /^(of|de|von|van|der|al)$/.test(t.lower)
  if (name.length === 0 || name.length > MAX_NAME_TOKENS) return undefined
  if (!/^\p{Lu}/u.test(name[name.length - 1].text)) return undefined
  // "state delegate Mary Susan, clad in a red cape, said": a role may come before the name.
  if (
    !name.every(isName) &&
    !(isName(name[name.length - 2] ?? name[0], 1) && name.every((t) => !looksLikeVerb(t)))
  )
    return undefined
  return {
    kind: 'phrase',
    phrase: { start: name[0].start, end: name[name.length - 1].end },
    from: start,
  }
}

/** "The mayor's office, when reached by the paper, said": the speaker ends before the aside. */
function withoutAside(tokens: readonly Token[], last: number): number {
  if (tokens[last]?.text !== ',') return last
  let comma = last - 1
  while (comma > 0 && tokens[comma].text !== ',' && !BOUNDARY.test(tokens[comma].text)) comma--
  return tokens[comma]?.text === ',' && ASIDES.has(tokens[comma + 1]?.lower ?? '')
    ? comma - 1
    : last
}

/** "registered voters", "unnamed sources": a participle before the people it describes. */
function isAdjective(token: Token, next: Token | undefined): boolean {
  if (!next || !/ed$/.test(token.lower) || !/^\p{Ll}/u.test(next.text)) return false
  return speakerWords.group.has(next.lower) || lexiconTags(next.lower).includes('Plural')
}
