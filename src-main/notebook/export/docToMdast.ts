import type { BlockContent, Heading, ListItem, PhrasingContent } from 'mdast'
import type { DocJSON } from '../../shared/model'
import { isSafeHref } from '../../shared/isSafeHref'

export interface DocToMdastOptions {
  /**
   * Added to every heading level (capped at 6), so the document nests under a section.
   * @default 0
   */
  headingOffset?: number
  /**
   * The statements whose words are highlighted (`==…==`). Overlapping or adjacent statements
   * make one highlight, as Obsidian's do not nest; spaces at a highlight's ends stay outside it.
   * @default none
   */
  highlighted?: ReadonlySet<string>
}

type DocMark = NonNullable<DocJSON['marks']>[number]

/** A text, code or break with the marks that wrap it. */
interface InlineLeaf {
  node: PhrasingContent
  marks: readonly DocMark[]
}

/**
 * Marks that become mdast parents, outermost first: a highlight holds the others, so a link in a
 * statement does not split its highlight. Underline has no Markdown: its text stays.
 */
const WRAPPING_MARKS = ['highlight', 'link', 'bold', 'italic', 'strike'] as const
type WrappingMark = (typeof WRAPPING_MARKS)[number]

interface Settings {
  offset: number
  highlighted: ReadonlySet<string>
}

const settings = (options: DocToMdastOptions): Settings => ({
  offset: options.headingOffset ?? 0,
  highlighted: options.highlighted ?? new Set(),
})

/** A tiptap document (an article's text, the analyst's notes) as mdast; empty paragraphs are dropped. */
export function docToMdast(doc: DocJSON, options: DocToMdastOptions = {}): BlockContent[] {
  return blocks(doc.content ?? [], settings(options))
}

/** One block of a tiptap document as `docToMdast` makes it: none for an empty paragraph. */
export function blockToMdast(node: DocJSON, options: DocToMdastOptions = {}): BlockContent[] {
  return block(node, settings(options))
}

function blocks(nodes: readonly DocJSON[], at: Settings): BlockContent[] {
  return nodes.flatMap((node) => block(node, at))
}

function block(node: DocJSON, at: Settings): BlockContent[] {
  const content = node.content ?? []
  switch (node.type) {
    case 'paragraph': {
      const children = inline(content, at)
      return children.length > 0 ? [{ type: 'paragraph', children }] : []
    }
    case 'heading': {
      const children = inline(content, at)
      const level = typeof node.attrs?.level === 'number' ? node.attrs.level : 1
      const depth = Math.min(6, Math.max(1, level + at.offset)) as Heading['depth']
      return children.length > 0 ? [{ type: 'heading', depth, children }] : []
    }
    case 'blockquote': {
      const children = blocks(content, at)
      return children.length > 0 ? [{ type: 'blockquote', children }] : []
    }
    case 'bulletList':
    case 'orderedList': {
      const ordered = node.type === 'orderedList'
      const start = typeof node.attrs?.start === 'number' ? node.attrs.start : 1
      const children = content.map((item): ListItem => listItem(item, at))
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
      if (node.content) return blocks(node.content, at)
      return node.text
        ? [{ type: 'paragraph', children: [{ type: 'text', value: node.text }] }]
        : []
  }
}

function listItem(node: DocJSON, at: Settings): ListItem {
  const children = node.type === 'listItem' ? blocks(node.content ?? [], at) : block(node, at)
  return { type: 'listItem', spread: false, children }
}

/** A block's text, without the spaces at its ends: Markdown would drop them, or spell them out. */
function inline(nodes: readonly DocJSON[], at: Settings): PhrasingContent[] {
  const { inside } = trimmed(leavesOf(nodes), (leaf) => leaf.node.type === 'text')
  return wrap(inside, 0, at.highlighted)
}

function leavesOf(nodes: readonly DocJSON[]): InlineLeaf[] {
  return nodes.flatMap((node): InlineLeaf[] => {
    const marks = node.marks ?? []
    if (node.type === 'hardBreak') return [{ node: { type: 'break' }, marks }]
    if (!node.text)
      return node.content
        ? leavesOf(node.content).map((leaf) => ({ ...leaf, marks: [...marks, ...leaf.marks] }))
        : []
    const code = marks.some((mark) => mark.type === 'code')
    return [{ node: { type: code ? 'inlineCode' : 'text', value: node.text }, marks }]
  })
}

/** Wraps runs of leaves that share a mark, outermost mark first, so `**a *b***` nests once. */
function wrap(
  leaves: readonly InlineLeaf[],
  level: number,
  highlighted: ReadonlySet<string>,
): PhrasingContent[] {
  const kind = WRAPPING_MARKS[level]
  if (kind === undefined) return leaves.map((leaf) => leaf.node)
  const result: PhrasingContent[] = []
  let start = 0
  while (start < leaves.length) {
    const key = markKey(leaves[start], kind, highlighted)
    let end = start + 1
    while (end < leaves.length && markKey(leaves[end], kind, highlighted) === key) end++
    const run = leaves.slice(start, end)
    if (key === undefined) result.push(...wrap(run, level + 1, highlighted))
    else if (kind === 'highlight') {
      const { before, inside, after } = trimmed(run)
      result.push(...wrap(before, level + 1, highlighted))
      if (inside.length > 0)
        result.push({ type: 'highlight', children: wrap(inside, level + 1, highlighted) })
      result.push(...wrap(after, level + 1, highlighted))
    } else result.push(wrapper(kind, key, wrap(run, level + 1, highlighted)))
    start = end
  }
  return result
}

/** What must be equal for two leaves to share a wrapper: the href for links. */
function markKey(
  leaf: InlineLeaf,
  kind: WrappingMark,
  highlighted: ReadonlySet<string>,
): string | undefined {
  if (kind === 'highlight') {
    const marked = leaf.marks.some(
      (mark) =>
        mark.type === 'statement' &&
        typeof mark.attrs?.id === 'string' &&
        highlighted.has(mark.attrs.id),
    )
    return marked ? kind : undefined
  }
  const mark = leaf.marks.find((candidate) => candidate.type === kind)
  if (!mark) return undefined
  if (kind !== 'link') return kind
  // A link the archive should never hold (javascript:, data:) is written as its words alone.
  const href = mark.attrs?.href
  return typeof href === 'string' && isSafeHref(href) ? href : undefined
}

function wrapper(
  kind: Exclude<WrappingMark, 'highlight'>,
  key: string,
  children: PhrasingContent[],
): PhrasingContent {
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

/**
 * Leaves split where their words begin and end: the spaces (and breaks) before, the words, the
 * spaces after; only leaves `trims` accepts are taken apart. `==` next to a space is not read as
 * a highlight's edge.
 */
function trimmed(leaves: readonly InlineLeaf[], trims: (leaf: InlineLeaf) => boolean = () => true) {
  const inside = [...leaves]
  const before: InlineLeaf[] = []
  const after: InlineLeaf[] = []
  while (inside.length > 0 && trims(inside[0])) {
    const [outside, rest] = splitSpace(inside[0], /^\s+/)
    if (outside) before.push(outside)
    if (rest) {
      inside[0] = rest
      break
    }
    inside.shift()
  }
  while (inside.length > 0 && trims(inside[inside.length - 1])) {
    const [outside, rest] = splitSpace(inside[inside.length - 1], /\s+$/)
    if (outside) after.unshift(outside)
    if (rest) {
      inside[inside.length - 1] = rest
      break
    }
    inside.pop()
  }
  return { before, inside, after }
}

/** The spaces `edge` finds at a leaf's end, and the rest of it; a break is all space. */
function splitSpace(leaf: InlineLeaf, edge: RegExp): [InlineLeaf?, InlineLeaf?] {
  if (leaf.node.type === 'break') return [leaf]
  if (leaf.node.type !== 'text') return [undefined, leaf]
  const { value } = leaf.node
  const space = edge.exec(value)
  if (!space) return [undefined, leaf]
  if (space[0].length === value.length) return [leaf]
  const part = (text: string): InlineLeaf => ({ ...leaf, node: { type: 'text', value: text } })
  const rest = space.index === 0 ? value.slice(space[0].length) : value.slice(0, space.index)
  return [part(space[0]), part(rest)]
}

function textOf(node: DocJSON): string {
  if (node.type === 'hardBreak') return '\n'
  return node.text ?? (node.content ?? []).map(textOf).join('')
}
