import type { Quote, Span } from './finding'

/** A mark after the quotation's last punctuation and before a space: `,"` `.“ `. */
function isClosing(text: string, at: number): boolean {
  return /[,.?!]/.test(text[at - 1] ?? '') && /\s|$/.test(text[at + 1] ?? '')
}

/**
 * The quotations of a paragraph: “curly” pairs, and "straight" marks paired in turn. A quotation
 * still open at the end of the paragraph runs to its end (a quote that goes on in the next one).
 */
export function findQuotes(text: string, paragraph: Span): Quote[] {
  const quotes: Quote[] = []
  let open: { at: number; mark: string } | undefined
  for (let at = paragraph.start; at < paragraph.end; at++) {
    const char = text[at]
    if (char !== '“' && char !== '”' && char !== '"') continue
    // Typed marks get mixed: `“…," he said` and `“…,“ he said` close what “ opened.
    const closes =
      open &&
      (char === '”' ||
        (char === '"' && (open.mark === '"' || isClosing(text, at))) ||
        (char === '“' && open.mark === '“' && isClosing(text, at)))
    if (open && closes) {
      quotes.push({ open: open.at, start: open.at + 1, end: at, close: at + 1 })
      open = undefined
    } else if (char !== '”') {
      open = { at, mark: char }
    }
  }
  if (open)
    quotes.push({ open: open.at, start: open.at + 1, end: paragraph.end, close: paragraph.end })
  return quotes.filter((quote) => quote.end > quote.start)
}
