import type { Node as PMNode } from '@tiptap/pm/model'
import { plainText, posToOffset, type PlainText } from './plainText'

/** Where a statement is in the text, derived from its marks. */
export interface StatementSpan {
  id: string
  /** Document positions of the first and last marked character (to is exclusive). */
  from: number
  to: number
  /** Offsets over the article's plain text, UTF-16 code units. */
  start: number
  end: number
  quote: string
  /** Index of the text block the statement starts in. */
  paragraph: number
}

/** Every statement mark in the document, in reading order. */
export function statementSpans(doc: PMNode, plain: PlainText = plainText(doc)): StatementSpan[] {
  const ranges = new Map<string, { from: number; to: number }>()
  doc.descendants((node, pos) => {
    if (!node.isText) return true
    for (const mark of node.marks) {
      if (mark.type.name !== 'statement' || typeof mark.attrs.id !== 'string') continue
      const range = ranges.get(mark.attrs.id)
      const end = pos + node.nodeSize
      if (range) {
        range.from = Math.min(range.from, pos)
        range.to = Math.max(range.to, end)
      } else ranges.set(mark.attrs.id, { from: pos, to: end })
    }
    return false
  })
  const spans: StatementSpan[] = []
  for (const [id, { from, to }] of ranges) {
    const start = posToOffset(plain, from)
    const end = posToOffset(plain, to)
    const paragraph = Math.max(
      0,
      plain.blocks.findIndex((block) => block.end >= start),
    )
    spans.push({ id, from, to, start, end, quote: plain.text.slice(start, end), paragraph })
  }
  return spans.sort((a, b) => a.start - b.start || a.end - b.end)
}
