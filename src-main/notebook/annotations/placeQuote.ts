import DiffMatchPatch from 'diff-match-patch'
import { contextScore } from '../statements/anchor'

/** A TextQuoteSelector, with the TextPositionSelector's offsets when the annotation had one. */
export interface QuoteToPlace {
  exact: string
  prefix: string
  suffix: string
  start?: number
  end?: number
}

export type Placement = { start: number; end: number } | { reason: string }

/** The longest pattern diff-match-patch's bitap matcher takes. */
const PATTERN = 32
/** How many edits (per character of the quote) a re-found quote may differ by. */
const MAX_EDITS = 0.3
/** Quotes shorter than this are placed only where their words are exactly. */
const MIN_FUZZY_LENGTH = 8

function occurrences(text: string, part: string): number[] {
  const found: number[] = []
  if (part === '') return found
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + 1)) found.push(at)
  return found
}

const nearest = (positions: number[], to: number) =>
  positions.reduce((best, at) => (Math.abs(at - to) < Math.abs(best - to) ? at : best))

/**
 * Where the quote should start in this text: just after its prefix or just before its suffix
 * where those are still there word for word, else the offset it had.
 */
function expectedStart(text: string, quote: QuoteToPlace): number {
  const guess = Math.min(quote.start ?? 0, text.length)
  // A context of a few characters ("." or ", ") is everywhere and says nothing.
  const telling = (context: string) => (context.length >= MIN_FUZZY_LENGTH ? context : '')
  const prefix = telling(quote.prefix)
  const afterPrefix = occurrences(text, prefix).map((at) => at + prefix.length)
  if (afterPrefix.length > 0) return nearest(afterPrefix, guess)
  const beforeSuffix = occurrences(text, telling(quote.suffix)).map((at) => at - quote.exact.length)
  if (beforeSuffix.length > 0) return Math.max(0, nearest(beforeSuffix, guess))
  return guess
}

/** The quote's words exactly, where the context agrees most and, among equals, nearest `near`. */
function exactPlace(text: string, quote: QuoteToPlace, near: number): Placement | undefined {
  const found = occurrences(text, quote.exact)
  if (found.length === 0) return undefined
  const scored = found.map((at) => ({
    at,
    score: contextScore(text, at, quote.exact.length, quote.prefix, quote.suffix),
  }))
  // Not Math.max(...scores): a short quote may be found hundreds of thousands of times.
  const best = scored.reduce((top, s) => Math.max(top, s.score), -Infinity)
  const tied = scored.filter((s) => s.score === best).map((s) => s.at)
  if (tied.length > 1 && quote.start === undefined && best === 0) {
    return {
      reason: `its words appear ${tied.length.toLocaleString('en')} times in the text and nothing says which one it was`,
    }
  }
  const at = nearest(tied, near)
  return { start: at, end: at + quote.exact.length }
}

function matcher(): DiffMatchPatch {
  const dmp = new DiffMatchPatch()
  dmp.Match_Threshold = 0.4
  dmp.Match_Distance = 1000
  return dmp
}

/**
 * Bitap's best match of a pattern near `loc`, looked for only where it could be accepted: a match
 * farther than threshold × distance scores too low, and bitap's work grows with the whole text.
 */
function matchNear(dmp: DiffMatchPatch, text: string, pattern: string, loc: number): number {
  const reach = Math.ceil(dmp.Match_Distance * dmp.Match_Threshold) + pattern.length
  const from = Math.max(0, loc - reach)
  const at = dmp.match_main(text.slice(from, loc + reach + pattern.length), pattern, loc - from)
  return at === -1 ? -1 : at + from
}

/** The quote's words with a few changed: its start and end found apart, then the whole compared. */
function fuzzyPlace(text: string, quote: QuoteToPlace, near: number): Placement | undefined {
  const { exact, prefix, suffix } = quote
  if (exact.length < MIN_FUZZY_LENGTH) return undefined
  const dmp = matcher()
  const head = exact.slice(0, PATTERN)
  let start = matchNear(dmp, text, head, near)
  if (start === -1 && prefix) {
    const tail = prefix.slice(-PATTERN)
    const at = matchNear(dmp, text, tail, Math.max(0, near - tail.length))
    if (at !== -1) start = at + tail.length
  }
  if (start === -1) return undefined
  const tail = exact.slice(-PATTERN)
  const from = Math.min(text.length, start + exact.length - tail.length)
  let end = matchNear(dmp, text, tail, Math.max(start, from))
  if (end !== -1) end += tail.length
  else if (suffix) {
    const at = matchNear(
      dmp,
      text,
      suffix.slice(0, PATTERN),
      Math.min(text.length, start + exact.length),
    )
    if (at !== -1) end = at
  }
  if (end === -1 || end <= start || end - start > exact.length * 2) return undefined
  const found = text.slice(start, end)
  const edits = dmp.diff_levenshtein(dmp.diff_main(exact, found))
  if (edits > exact.length * MAX_EDITS) return undefined
  // Whitespace at the edges is not part of a quote.
  const lead = found.length - found.trimStart().length
  const trail = found.length - found.trimEnd().length
  return { start: start + lead, end: end - trail }
}

/**
 * Where a quote is in the article's text: at its offsets when its words are still there; else
 * where its words are, the prefix and suffix choosing among repeats; else, for a text edited
 * since, the nearest stretch that differs from the quote by a few words (diff-match-patch's
 * bitap match, near where the prefix or the offsets say). Otherwise, why it cannot be placed.
 */
export function placeQuote(text: string, quote: QuoteToPlace): Placement {
  const { exact, start, end } = quote
  if (start !== undefined && end !== undefined && text.slice(start, end) === exact)
    return { start, end }
  const near = expectedStart(text, quote)
  return (
    exactPlace(text, quote, near) ??
    fuzzyPlace(text, quote, near) ?? { reason: 'its words are no longer in the text' }
  )
}
