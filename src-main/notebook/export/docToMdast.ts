import type { BlockContent, Heading, ListItem, PhrasingContent } from 'mdast'
import type { DocJSON } from '../../shared/model'
import { isSafeHref } from '../../shared/isSafeHref'

export interface DocToMdastOptions {
  /**
   * Added to every heading level (capped at 6), so the document nests under a section.
   * @default 0
   */
  headingOffset?: number
}

type DocMark = NonNullable<DocJSON['marks']>[number]

/** A text, code or break with the marks that wrap it. */
interface InlineLeaf {
  node: PhrasingContent
  marks: readonly DocMark[]
}

/** Marks that become mdast parents, outermost first. Underline has no Markdown: its text stays. */
const WRAPPING_MARKS = ['link', 'bold', 'italic', 'strike'] as const
type WrappingMark = (typeof WRAPPING_MARKS)[number]

/** A tiptap document (the analyst's notes) as mdast blocks; empty paragraphs are dropped. */
export function docToMdast(doc: DocJSON, options: DocToMdastOptions = {}): BlockContent[] {
  return blocks(doc.content ?? [], options.headingOffset ?? 0)
}

function blocks(nodes: readonly DocJSON[], offset: number): BlockContent[] {
  return nodes.flatMap((node) => block(node, offset))
}

function block(node: DocJSON, offset: number): BlockContent[] {
  const content = node.content ?? []
  switch (node.type) {
    case 'paragraph': {
      const children = inline(content)
      return children.length > 0 ? [{ type: 'paragraph', children }] : []
    }
    case 'heading': {
      const children = inline(content)
      const level = typeof node.attrs?.level === 'number' ? node.attrs.level : 1
      const depth = Math.min(6, Math.max(1, level + offset)) as Heading['depth']
      return children.length > 0 ? [{ type: 'heading', depth, children }] : []
    }
    case 'blockquote': {
      const children = blocks(content, offset)
      return children.length > 0 ? [{ type: 'blockquote', children }] : []
    }
    case 'bulletList':
    case 'orderedList': {
      const ordered = node.type === 'orderedList'
      const start = typeof node.attrs?.start === 'number' ? node.attrs.start : 1
      const children = content.map((item): ListItem => listItem(item, offset))
      return [{ type: 'list', ordered, start: ordered ? start : null, spread: false, children }]
    }
    case 'codeBlock': {
      const language = node.attrs?.language
      const lang = typeof language === 'string' && language ? language : null
      return [{ type: 'code', lang, meta: null, value: textOf(node) }]
    }
    case 'horizontalRule':
      return [{ type: 'thematicBreak' }]
    default:
      // A node from a newer schema: keep what it says.
      if (node.content) return blocks(node.content, offset)
      return node.text
        ? [{ type: 'paragraph', children: [{ type: 'text', value: node.text }] }]
        : []
  }
}

function listItem(node: DocJSON, offset: number): ListItem {
  const children =
    node.type === 'listItem' ? blocks(node.content ?? [], offset) : block(node, offset)
  return { type: 'listItem', spread: false, children }
}

function inline(nodes: readonly DocJSON[]): PhrasingContent[] {
  const leaves = nodes.flatMap((node): InlineLeaf[] => {
    const marks = node.marks ?? []
    if (node.type === 'hardBreak') return [{ node: { type: 'break' }, marks }]
    if (!node.text)
      return node.content ? inline(node.content).map((child) => ({ node: child, marks })) : []
    const code = marks.some((mark) => mark.type === 'code')
    return [{ node: { type: code ? 'inlineCode' : 'text', value: node.text }, marks }]
  })
  return wrap(leaves, 0)
}

/** Wraps runs of leaves that share a mark, outermost mark first, so `**a *b***` nests once. */
function wrap(leaves: readonly InlineLeaf[], level: number): PhrasingContent[] {
  const kind = WRAPPING_MARKS[level]
  if (kind === undefined) return leaves.map((leaf) => leaf.node)
  const result: PhrasingContent[] = []
  let start = 0
  while (start < leaves.length) {
    const key = markKey(leaves[start], kind)
    let end = start + 1
    while (end < leaves.length && markKey(leaves[end], kind) === key) end++
    const children = wrap(leaves.slice(start, end), level + 1)
    if (key === undefined) result.push(...children)
    else result.push(wrapper(kind, key, children))
    start = end
  }
  return result
}

/** What must be equal for two leaves to share a wrapper: the href for links. */
function markKey(leaf: InlineLeaf, kind: WrappingMark): string | undefined {
  const mark = leaf.marks.find((candidate) => candidate.type === kind)
  if (!mark) return undefined
  if (kind !== 'link') return kind
  // A link the archive should never hold (javascript:, data:) is written as its words alone.
  const href = mark.attrs?.href
  return typeof href === 'string' && isSafeHref(href) ? href : undefined
}

function wrapper(kind: WrappingMark, key: string, children: PhrasingContent[]): PhrasingContent {
  switch (kind) {
    case 'link':
      return { type: 'link', url: key, children }
    case 'bold':
      return { type: 'strong', children }
    case 'italic':
      return { type: 'emphasis', children }
    case 'strike':
      return { type: 'delete', children }
  }
}

function textOf(node: DocJSON): string {
  if (node.type === 'hardBreak') return '\n'
  return node.text ?? (node.content ?? []).map(textOf).join('')
}
