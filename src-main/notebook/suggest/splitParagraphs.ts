import { BLOCK_SEPARATOR } from '../../shared/plainText'
import type { Span } from './finding'

/** The text blocks of the plain text, as offsets. */
export function splitParagraphs(text: string): Span[] {
  const paragraphs: Span[] = []
  let start = 0
  for (;;) {
    const at = text.indexOf(BLOCK_SEPARATOR, start)
    const end = at === -1 ? text.length : at
    if (text.slice(start, end).trim()) paragraphs.push({ start, end })
    if (at === -1) return paragraphs
    start = at + BLOCK_SEPARATOR.length
  }
}
