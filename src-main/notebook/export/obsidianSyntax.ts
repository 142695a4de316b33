import type { Parents, PhrasingContent } from 'mdast'
import type { Info, Options, State, Unsafe } from 'mdast-util-to-markdown'

/** Obsidian's `==highlight==`. */
export interface Highlight {
  type: 'highlight'
  children: PhrasingContent[]
}

/** The `[!kind]` that turns a blockquote into an Obsidian callout; only at the start of its first line. */
export interface CalloutMarker {
  type: 'calloutMarker'
  kind: string
}

/** An Obsidian tag such as `#stance/supports`; `value` is already a valid tag name, without `#`. */
export interface ObsidianTag {
  type: 'obsidianTag'
  value: string
}

/** An Obsidian block id `^value`, alone in its paragraph after the block it names. */
export interface BlockId {
  type: 'blockId'
  value: string
}

/** An Obsidian link `[[target|alias]]` to another note, or to a block in it (`note#^id`). */
export interface WikiLink {
  type: 'wikiLink'
  /** A note's path in the vault without `.md`, maybe with `#^blockid`; made of safe file names. */
  target: string
  alias?: string
}

/** An Obsidian comment `%% … %%`: shown in the editor, not in reading view. */
export interface ObsidianComment {
  type: 'obsidianComment'
  value: string
}

/** Our Obsidian nodes, phrasing content that may also stand in the root. */
interface ObsidianContentMap {
  wikiLink: WikiLink
  obsidianComment: ObsidianComment
  highlight: Highlight
  calloutMarker: CalloutMarker
  obsidianTag: ObsidianTag
  blockId: BlockId
}

declare module 'mdast' {
  interface PhrasingContentMap extends ObsidianContentMap {}
  interface RootContentMap extends ObsidianContentMap {}
}

declare module 'mdast-util-to-markdown' {
  interface ConstructNameMap {
    highlight: 'highlight'
  }
}

/** Constructs in which Markdown syntax does not form, as in mdast-util-to-markdown's own list. */
const literalSpans: Unsafe['notInConstruct'] = [
  'autolink',
  'destinationLiteral',
  'destinationRaw',
  'reference',
  'titleQuote',
  'titleApostrophe',
]

/**
 * Characters that are plain text in CommonMark but syntax in Obsidian: `==highlight==` (also an
 * `=` next to a highlight's own), `%%comment%%`, `$math$`, `#tag` and a block id `^id` at a
 * paragraph's end. Escaped with a backslash, which both read as the character.
 */
const unsafe: Unsafe[] = [
  { character: '=', inConstruct: 'highlight' },
  { character: '=', after: '=', inConstruct: 'phrasing', notInConstruct: literalSpans },
  { character: '=', before: '=', inConstruct: 'phrasing', notInConstruct: literalSpans },
  { character: '^', after: '[A-Za-z0-9-]', inConstruct: 'phrasing', notInConstruct: literalSpans },
  { character: '%', after: '%', inConstruct: 'phrasing', notInConstruct: literalSpans },
  { character: '$', inConstruct: 'phrasing', notInConstruct: literalSpans },
  { character: '#', after: '[^\\s#]', inConstruct: 'phrasing', notInConstruct: literalSpans },
]

function highlight(node: Highlight, _parent: Parents | undefined, state: State, info: Info) {
  const exit = state.enter('highlight')
  const tracker = state.createTracker(info)
  let value = tracker.move('==')
  value += state.containerPhrasing(node, { ...tracker.current(), before: '=', after: '=' })
  value += tracker.move('==')
  exit()
  return value
}
highlight.peek = () => '='

// The three below are written as they are: their values are checked when the node is built.
function calloutMarker(node: CalloutMarker) {
  return `[!${node.kind}]`
}
calloutMarker.peek = () => '['

function obsidianTag(node: ObsidianTag) {
  return `#${node.value}`
}
obsidianTag.peek = () => '#'

function blockId(node: BlockId) {
  return `^${node.value}`
}
blockId.peek = () => '^'

// A link's alias loses what would end it early; targets are built from safe file names.
function wikiLink(node: WikiLink) {
  const alias = node.alias?.replace(/[\]|\n]+/g, ' ').trim()
  return alias ? `[[${node.target}|${alias}]]` : `[[${node.target}]]`
}
wikiLink.peek = () => '['

function obsidianComment(node: ObsidianComment) {
  return `%% ${node.value.replace(/%%/g, '%')} %%`
}
obsidianComment.peek = () => '%'

/** The mdast-util-to-markdown extension for the Obsidian syntax above. */
export const obsidianSyntax: Pick<Options, 'handlers' | 'unsafe'> = {
  handlers: { highlight, calloutMarker, obsidianTag, blockId, wikiLink, obsidianComment },
  unsafe,
}
