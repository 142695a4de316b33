import type { DocJSON } from '../../shared/model'

const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'codeBlock'])
const LEAF_BLOCKS = new Set(['horizontalRule'])

function hasText(node: DocJSON): boolean {
  if (node.text !== undefined) return node.text.trim().length > 0
  return (node.content ?? []).some(hasText)
}

function prune(nodes: DocJSON[]): DocJSON[] {
  return nodes.flatMap((node) => {
    if (TEXT_BLOCKS.has(node.type)) return hasText(node) ? [node] : []
    if (LEAF_BLOCKS.has(node.type)) return [node]
    const content = prune(node.content ?? [])
    if (content.length === 0) return []
    // A list item must still open with a paragraph.
    if (node.type === 'listItem' && content[0].type !== 'paragraph')
      content.unshift({ type: 'paragraph' })
    return [{ ...node, content }]
  })
}

/** The document without blocks that hold no text: empty paragraphs, lists and quotes. */
export function pruneEmptyBlocks(doc: DocJSON): DocJSON {
  return { ...doc, content: prune(doc.content ?? []) }
}
