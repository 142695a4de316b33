import type { Token } from './finding'
import { functionWords } from './functionWords'
import { reportingVerbs } from './reportingVerbs'
import { objectSpeechVerbs, prepositionSpeechVerbs } from './speechActVerbs'

/** "-ing" words that open a phrase inside a content, not the reporter's aside. */
const PREPOSITIONAL_ING = new Set(
  'including according regarding concerning following excluding during considering depending notwithstanding beginning starting'.split(
    ' ',
  ),
)
const DASH = /^[—–-]$/
const QUOTE_CLOSE = /^[”"']$/

/** A comma, or a closing quotation mark right after a quoted comma ("…party,” claiming). */
function isComma(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]
  if (token.text === ',' && !token.inQuote) return true
  return QUOTE_CLOSE.test(token.text) && tokens[i - 1]?.text === ','
}

const SUBORDINATORS = new Set(
  'if when while because although though as after before unless since once whether'.split(' '),
)
const NOT_AFTER = new Set('the a an to be been being is was were are'.split(' '))

/**
 * A cue of its own in the clause from i, before its next comma: "which he described as",
 * "while another says", "but Roth did not say" (looser than a cue the rules start from).
 */
function cueAhead(tokens: readonly Token[], i: number): boolean {
  for (let j = i; j < tokens.length && !/^[,;.]$/.test(tokens[j].text); j++) {
    const previous = tokens[j - 1]?.lower ?? ''
    if (
      !tokens[j].inQuote &&
      reportingVerbs.has(tokens[j].lower) &&
      !NOT_AFTER.has(previous) &&
      !functionWords.prepositions.has(previous)
    )
      return true
  }
  return false
}

/**
 * Where the reporter takes the sentence back after a content that is already a clause (from
 * `from`): a participle (", citing the polls"), an aside after a dash ("— a claim his office
 * denies"), an appositive that judges it (", a charge that…"), or a clause with its own cue
 * (", which he called a disaster", ", while another says"). Not after a fronted "if …,".
 */
export function stopsContent(tokens: readonly Token[], i: number, from: number): boolean {
  const token = tokens[i]
  const next = tokens[i + 1]
  if (!next || next.inQuote || SUBORDINATORS.has(tokens[from]?.lower ?? '')) return false
  const lower = /^\p{Ll}/u.test(next.text)
  if (isComma(tokens, i)) {
    if (lower && /^\p{Ll}+ing$/u.test(next.text) && !PREPOSITIONAL_ING.has(next.lower)) return true
    if (/^(a|an)$/.test(next.lower) && /^(that|which)$/.test(tokens[i + 3]?.lower ?? ''))
      return true
    return cueAhead(tokens, i + 1)
  }
  return lower && DASH.test(token.text) && !token.inQuote
}

const NEGATIONS = new Set("did didn't does doesn't never".split(' '))
const ACTED = /(ed|ing)$|^(told|spoke|wrote)$/

/**
 * After "and" or "but", the content's speaker acting again with no subject of its own: "… and
 * called on the council", "… but did not say when", "… and quoted the founders".
 */
export function secondActAt(tokens: readonly Token[], i: number): boolean {
  let j = i
  if (NEGATIONS.has(tokens[j]?.lower ?? '')) j += tokens[j + 1]?.lower === 'not' ? 2 : 1
  const verb = tokens[j]
  if (!verb || verb.inQuote) return false
  const speech =
    reportingVerbs.has(verb.lower) ||
    objectSpeechVerbs.has(verb.lower) ||
    prepositionSpeechVerbs.has(verb.lower) ||
    /^(quot|question)/.test(verb.lower)
  return speech && (j > i || ACTED.test(verb.lower))
}
