import { searchTerm } from './searchTerm'

/** The words of a text as MiniSearch splits them: runs between spaces and punctuation. */
const WORD = /[^\n\r\p{Z}\p{P}]+/gu
const BEFORE = 60
const LENGTH = 220

export type Ranges = [number, number][]

/** Where the words whose index form (searchTerm) is in `terms` are in `text`, as written: the first `limit`. */
export function highlightRanges(
  text: string,
  terms: ReadonlySet<string>,
  limit = Infinity,
): Ranges {
  const ranges: Ranges = []
  for (const match of text.matchAll(WORD)) {
    if (ranges.length === limit) break
    if (terms.has(searchTerm(match[0]))) ranges.push([match.index, match.index + match[0].length])
  }
  return ranges
}

/**
 * A short passage of `text` around the first of the matched words (the opening when none is
 * there), cut at word boundaries, whitespace collapsed, with the matched words' ranges in it.
 */
export function searchSnippet(
  text: string,
  terms: ReadonlySet<string>,
): { snippet: string; highlights: Ranges; found: boolean } {
  const first = firstMatch(text, terms)
  let start = Math.max(0, (first ?? 0) - BEFORE)
  if (start > 0) start = wordStart(text, start, first ?? start)
  let end = Math.min(text.length, start + LENGTH)
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end)
    if (space > start + LENGTH / 2) end = space
  }
  const body = text.slice(start, end).replace(/\s+/g, ' ').trim()
  const snippet = `${start > 0 ? '… ' : ''}${body}${end < text.length ? ' …' : ''}`
  return { snippet, highlights: highlightRanges(snippet, terms), found: first !== undefined }
}

function firstMatch(text: string, terms: ReadonlySet<string>): number | undefined {
  for (const match of text.matchAll(WORD)) {
    if (terms.has(searchTerm(match[0]))) return match.index
  }
  return undefined
}

/** The start of the first word at or after `from`, not past `limit`. */
function wordStart(text: string, from: number, limit: number): number {
  const space = text.slice(from, limit).search(/\s/)
  return space === -1 ? from : from + space + 1
}
