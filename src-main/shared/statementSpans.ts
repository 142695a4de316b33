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

/** A stretch of the document, in document positions (to is exclusive). */
export interface DocRange {
  from: number
  to: number
}

/** Widens the range recorded for a statement id to cover another stretch. */
function cover(ranges: Map<string, DocRange>, id: string, from: number, to: number): void {
  const range = ranges.get(id)
  if (range) {
    range.from = Math.min(range.from, from)
    range.to = Math.max(range.to, to)
  } else ranges.set(id, { from, to })
}

function spansOf(ranges: Map<string, DocRange>, plain: PlainText): StatementSpan[] {
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
  return spans.sort(inReadingOrder)
}

/** Sorts spans as the text reads: by where they start, the shorter first. */
export const inReadingOrder = (a: StatementSpan, b: StatementSpan): number =>
  a.start - b.start || a.end - b.end

/** Every statement mark in the document, in reading order. */
export function statementSpans(doc: PMNode, plain: PlainText = plainText(doc)): StatementSpan[] {
  const ranges = new Map<string, DocRange>()
  doc.descendants((node, pos) => {
    if (!node.isText) return true
    for (const mark of node.marks) {
      if (mark.type.name === 'statement' && typeof mark.attrs.id === 'string')
        cover(ranges, mark.attrs.id, pos, pos + node.nodeSize)
    }
    return false
  })
  return spansOf(ranges, plain)
}

/**
 * The spans of some statements, each looked for only in the stretch of the document where its
 * marks can be: what a change to a few statements' marks needs, without reading the whole text.
 * A statement with no mark left there has no span.
 */
export function statementSpansWithin(
  doc: PMNode,
  plain: PlainText,
  where: ReadonlyMap<string, DocRange>,
): StatementSpan[] {
  const ranges = new Map<string, DocRange>()
  for (const [id, { from, to }] of where) {
    doc.nodesBetween(from, to, (node, pos) => {
      if (!node.isText) return true
      if (node.marks.some((mark) => mark.type.name === 'statement' && mark.attrs.id === id))
        cover(ranges, id, pos, pos + node.nodeSize)
      return false
    })
  }
  return spansOf(ranges, plain)
}
