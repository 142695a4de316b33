import type { Quote } from './finding'

const MAX_TITLE_WORDS = 8
const SMALL_WORDS = new Set('a an the of and or in on at to for with from by vs'.split(' '))

/**
 * `“Harbour Week Tonight”`, `“The Book of the Sea”`: a title in quotation marks, every word
 * capitalised but the small ones, and no question or exclamation. Not something said.
 */
export function isTitleQuote(text: string, quote: Quote): boolean {
  const words = text
    .slice(quote.start, quote.end)
    .replace(/[,.]\s*$/, '')
    .split(/\s+/)
    .filter(Boolean)
  if (words.length < 2 || words.length > MAX_TITLE_WORDS) return false
  if (/[?!]/.test(words.join(' '))) return false
  return words.every((word, i) => /^\p{Lu}/u.test(word) || (i > 0 && SMALL_WORDS.has(word)))
}
