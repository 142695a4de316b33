import type { Span } from './finding'

/**
 * The span without surrounding spaces and clause punctuation; a paraphrase also loses its final
 * full stop (a quotation keeps the speaker's own).
 */
export function trimSpan(text: string, span: Span, kind: 'quotation' | 'paraphrase'): Span {
  let { start, end } = span
  while (start < end && /[\s,;:—–]/.test(text[start])) start++
  while (end > start && /[\s,;:—–]/.test(text[end - 1])) end--
  if (kind === 'paraphrase' && text[end - 1] === '.') end--
  return { start, end }
}
