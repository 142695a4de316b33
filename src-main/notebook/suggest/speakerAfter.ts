import { isAbbreviationDot } from './abbreviationDot'
import type { Sentence, Span, Token } from './finding'
import { functionWords } from './functionWords'
import { isCapitalised } from './nameRuns'

const MAX_PHRASE_TOKENS = 10

/** The speaker named after the cue ("…,” said Henrik Saal, 58, mending a net."), up to a comma. */
export function speakerAfter(
  sentence: Sentence,
  cueEnd: number,
): { phrase: Span; to: number } | undefined {
  const { tokens } = sentence
  const first = tokens[cueEnd]
  const opens = (t: Token) =>
    isCapitalised(t) ||
    functionWords.determiners.has(t.lower) ||
    functionWords.quantities.has(t.lower)
  if (!first || !opens(first)) return undefined
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
  return { phrase: { start: first.start, end: tokens[to - 1].end }, to }
}
