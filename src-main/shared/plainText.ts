import type { Node as PMNode } from '@tiptap/pm/model'

/** A text block of the document: where its text starts in the plain text and in the document. */
export interface TextBlock {
  start: number
  end: number
  /** Document position of the block's first character. */
  pos: number
}

export interface PlainText {
  text: string
  blocks: TextBlock[]
}

export const BLOCK_SEPARATOR = '\n\n'

/**
 * The article's plain text: its text blocks joined by a blank line, every inline leaf (a hard
 * break) counted as one character, so offsets inside a block map 1:1 to document positions.
 */
export function plainText(doc: PMNode): PlainText {
  const parts: string[] = []
  const blocks: TextBlock[] = []
  let offset = 0
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true
    if (blocks.length > 0) offset += BLOCK_SEPARATOR.length
    const text = node.textBetween(0, node.content.size, undefined, () => '\n')
    blocks.push({ start: offset, end: offset + text.length, pos: pos + 1 })
    parts.push(text)
    offset += text.length
    return false
  })
  return { text: parts.join(BLOCK_SEPARATOR), blocks }
}

/** The document position of a plain-text offset; an offset between blocks goes to the next block. */
export function offsetToPos(plain: PlainText, offset: number, bias: 'start' | 'end'): number {
  const { blocks } = plain
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]
    if (offset <= block.end) {
      if (offset >= block.start) return block.pos + offset - block.start
      const previous = blocks[i - 1]
      if (bias === 'start' || !previous) return block.pos
      return previous.pos + previous.end - previous.start
    }
  }
  const last = blocks[blocks.length - 1]
  return last ? last.pos + last.end - last.start : 0
}

/** The plain-text offset of a document position inside a text block. */
export function posToOffset(plain: PlainText, pos: number): number {
  let result = 0
  for (const block of plain.blocks) {
    if (pos < block.pos) break
    result = Math.min(block.start + pos - block.pos, block.end)
  }
  return result
}
