import { isAbbreviationDot } from './abbreviationDot'
import type { Sentence, Span, Token } from './finding'
import { functionWords } from './functionWords'
import { isCapitalised } from './nameRuns'

const MAX_PHRASE_TOKENS = 10

/** The speaker named after the cue ("…,” said Henrik Saal, 58, mending a net."), up to a comma. */
export function speakerAfter(
  sentence: Sentence,
  cueEnd: number,
  roleFirst = false,
): { phrase: Span; to: number } | undefined {
  const { tokens } = sentence
  const first = tokens[cueEnd]
  const opens = (t: Token) =>
    isCapitalised(t) ||
    functionWords.determiners.has(t.lower) ||
    functionWords.quantities.has(t.lower)
  // "…,” said former Sen. Ada Roth", "said pollster Ada Roth": a lowercase role before a name,
  // where a quotation before the cue leaves no other reading.
  const role =
    roleFirst &&
    !!first &&
    /^\p{Ll}[\p{Ll}-]*$/u.test(first.text) &&
    !/ly$/.test(first.lower) &&
    !functionWords.prepositions.has(first.lower) &&
    !functionWords.timeWords.has(first.lower) &&
    !functionWords.betweenSpeakerAndCue.has(first.lower) &&
    !functionWords.finiteVerbs.has(first.lower)
  if (!first || (!opens(first) && !role)) return undefined
  let to = cueEnd
  const abbreviation = (i: number) => isAbbreviationDot(tokens, i)
  while (to < tokens.length && (!/^[,.;:“”"!?—–()]$/.test(tokens[to].text) || abbreviation(to))) {
    // "said Sen. Ada Roth who represents the port": the name ends at "who".
    if (functionWords.relatives.has(tokens[to].lower) && to > cueEnd) break
    if (functionWords.finiteVerbs.has(tokens[to].lower) || tokens[to].lower === 'that')
      return undefined
    to++
  }
  if (to - cueEnd > MAX_PHRASE_TOKENS) return undefined
  if (!opens(first) && !isCapitalised(tokens[to - 1])) return undefined
  return { phrase: { start: first.start, end: tokens[to - 1].end }, to }
}
