import type { Sentence, Span, Token } from './finding'
import { functionWords } from './functionWords'
import { lexiconTags } from './lexiconTags'
import { isCapitalised } from './nameRuns'
import { isQuantifierSubject } from './reportingVerbs'
import { speakerWords } from './speakerWords'

const MAX_TOKENS = 8
/** Words that open the clause a cue sits in: the speaker comes after them. */
const OPENERS = new Set(
  'after as when while because since before until although though where whereas and but or if than whom'.split(
    ' ',
  ),
)

/** "also", "has", "later", "reportedly": what stands between a speaker and the cue. */
function beforeAdverbs(tokens: readonly Token[], cueIndex: number): number {
  let j = cueIndex - 1
  while (
    j >= 0 &&
    (functionWords.betweenSpeakerAndCue.has(tokens[j].lower) || /^\p{Ll}+ly$/u.test(tokens[j].text))
  )
    j--
  return j
}

function isVerbLike(token: Token): boolean {
  if (isCapitalised(token)) return false
  if (functionWords.finiteVerbs.has(token.lower)) return true
  return lexiconTags(token.lower).some((tag) => /Verb|Tense|Copula|Modal|Gerund/.test(tag))
}

/**
 * The noun phrase right before a cue, when the words back to the clause boundary are more than a
 * speaker ("after The Harbour Times reported that…", "as the minister told reporters"): the
 * nearest name or noun with its determiner, never a verb or what opens the clause.
 */
export function nounPhraseBefore(sentence: Sentence, cueIndex: number): Span | undefined {
  const { tokens } = sentence
  let last = beforeAdverbs(tokens, cueIndex)
  // "the voters who said…": the speaker is who "who" stands for.
  const relative = tokens[last]?.lower
  if (/^(who|which)$/.test(relative ?? '')) last -= tokens[last - 1]?.text === ',' ? 2 : 1
  if (last < 0) return undefined
  if (last === cueIndex - 1 && isQuantifierSubject(tokens, cueIndex))
    return { start: tokens[last].start, end: tokens[last].end }
  let first = last
  for (let j = last; j >= 0 && last - j < MAX_TOKENS; j--) {
    const token = tokens[j]
    const name = isCapitalised(token) || (token.text === '.' && isCapitalised(tokens[j - 1]))
    const linking =
      (token.lower === 'of' || /^['’]s$/.test(token.lower)) &&
      isCapitalised(tokens[j - 1]) &&
      isCapitalised(tokens[j + 1])
    if (functionWords.determiners.has(token.lower)) {
      first = j
      break
    }
    if (OPENERS.has(token.lower) || functionWords.relatives.has(token.lower)) break
    if (!name && !linking && (!/^[\p{L}-]+$/u.test(token.text) || isVerbLike(token))) break
    if (!name && !linking && functionWords.prepositions.has(token.lower)) break
    first = j
  }
  const words = tokens.slice(first, last + 1)
  if (!words.some((t) => /\p{L}/u.test(t.text) && !functionWords.determiners.has(t.lower)))
    return undefined
  // A name, or a noun for people, an organisation or an outlet heads a speaker; "claims" does not.
  const head = tokens[last]
  const who =
    isCapitalised(head) ||
    speakerWords.group.has(head.lower) ||
    speakerWords.role.has(head.lower) ||
    speakerWords.media.has(head.lower) ||
    speakerWords.organisation.has(head.lower) ||
    // "who" stands only for people, whatever the noun ("a retired teacher, who said").
    (relative === 'who' && /^\p{Ll}+$/u.test(head.text) && !isVerbLike(head))
  // "when she said", "and they said": a pronoun right after what opens its clause.
  const opener = tokens[first - 1]?.lower ?? ''
  const pronoun =
    first === last &&
    functionWords.speakerPronouns.has(head.lower) &&
    (OPENERS.has(opener) || functionWords.relatives.has(opener))
  if ((!who && !pronoun) || /^(by|with)$/.test(opener)) return undefined
  return { start: tokens[first].start, end: tokens[last].end }
}
