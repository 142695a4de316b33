import type { Quote, Token } from './finding'

const TOKEN =
  /\p{N}[\p{N},.]*\p{N}|[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.@-]*[\p{L}\p{M}\p{N}]|[\p{L}\p{N}]|\S/gu

/** Words and punctuation of text[start, end) with their offsets; every mark is its own token. */
export function tokenize(
  text: string,
  start: number,
  end: number,
  quotes: readonly Quote[],
): Token[] {
  const tokens: Token[] = []
  TOKEN.lastIndex = 0
  const part = text.slice(start, end)
  for (let match = TOKEN.exec(part); match; match = TOKEN.exec(part)) {
    const at = start + match.index
    const word = match[0]
    tokens.push({
      text: word,
      lower: word.toLowerCase().replace(/’/g, "'"),
      start: at,
      end: at + word.length,
      inQuote: quotes.some((quote) => at >= quote.start && at < quote.end),
    })
  }
  return tokens
}
