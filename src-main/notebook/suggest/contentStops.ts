import type { Token } from './finding'
import { functionWords } from './functionWords'
import { isReportingVerb } from './reportingVerbs'

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

/** A cue of its own in the clause from i, before its next comma ("which he described as"). */
function cueAhead(tokens: readonly Token[], i: number): boolean {
  for (let j = i; j < tokens.length && !/^[,;.]$/.test(tokens[j].text); j++)
    if (isReportingVerb(tokens, j)) return true
  return false
}

/**
 * Where the reporter takes the sentence back after a content that is already a clause: a
 * participle (", citing the polls"), an aside after a dash ("— a claim his office denies"), an
 * appositive that judges it (", a charge that…"), or a relative clause with its own cue
 * (", which he called a disaster").
 */
export function stopsContent(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]
  const next = tokens[i + 1]
  if (!next || next.inQuote || !/^\p{Ll}/u.test(next.text)) return false
  if (isComma(tokens, i)) {
    if (/^\p{Ll}+ing$/u.test(next.text) && !PREPOSITIONAL_ING.has(next.lower)) return true
    if (/^(a|an)$/.test(next.lower) && /^(that|which)$/.test(tokens[i + 3]?.lower ?? ''))
      return true
    return functionWords.relatives.has(next.lower) && cueAhead(tokens, i + 2)
  }
  return DASH.test(token.text) && !token.inQuote
}
