import type { Heading, Paragraph, Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { parse as parseYaml } from 'yaml'

/** What a reader of an exported article note finds in it, read back with a CommonMark parser. */
export interface ReadBack {
  properties: Record<string, unknown>
  /** The paragraphs and headings of `## Text`: their words, and the words Obsidian highlights. */
  text: { words: string; highlighted: string[] }[]
  statements: ReadBackStatement[]
  notes: Root['children']
  /** The level-2 headings, in order. */
  sections: string[]
}

export interface ReadBackStatement {
  title: string
  quote: string
  stanceTags: string[]
  blockId?: string
  /** The words of the text's paragraph the statement's callout follows. */
  after: string
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml'])

/** A stretch of a paragraph's Markdown read as CommonMark, as the inline text it is there. */
const inlineWords = (markdown: string) => toString(parser.parse(`a${markdown}`)).slice(1)

/**
 * A paragraph's Markdown as Obsidian reads it, which CommonMark does not: its words, without the
 * unescaped `==` that begin and end a highlight, and the words highlighted.
 */
export function obsidianWords(markdown: string): { words: string; highlighted: string[] } {
  const runs: string[] = ['']
  for (let at = 0; at < markdown.length; at++) {
    if (markdown[at] === '\\') {
      runs[runs.length - 1] += markdown.slice(at, at + 2)
      at++
    } else if (markdown.startsWith('==', at)) {
      runs.push('')
      at++
    } else runs[runs.length - 1] += markdown[at]
  }
  return {
    words: inlineWords(runs.join('')),
    highlighted: runs.filter((_, index) => index % 2 === 1).map(inlineWords),
  }
}

export function readBack(markdown: string): ReadBack {
  const tree = parser.parse(markdown)
  const result: ReadBack = { properties: {}, text: [], statements: [], notes: [], sections: [] }
  let section = ''
  const source = (node: Paragraph | Heading) =>
    markdown.slice(node.position!.start.offset, node.position!.end.offset)
  for (const node of tree.children) {
    if (node.type === 'yaml') result.properties = parseYaml(node.value) as Record<string, unknown>
    else if (node.type === 'heading' && node.depth === 2)
      result.sections.push((section = toString(node)))
    else if (section === 'Notes') result.notes.push(node)
    else if (section !== 'Text') continue
    else if (node.type === 'heading')
      result.text.push(obsidianWords(source(node).replace(/^#+\s*/, '')))
    else if (node.type === 'blockquote') {
      const [first, ...rest] = node.children
      const [title, highlighted = ''] = toString(first).split('\n')
      const stanceTags = rest.flatMap((child) => toString(child).match(/#stance\/\w+/g) ?? [])
      const quote = highlighted.match(/^==([\s\S]*)==$/)?.[1] ?? ''
      result.statements.push({ title, quote, stanceTags, after: result.text.at(-1)?.words ?? '' })
    } else if (node.type === 'paragraph') {
      const blockId = /^\^([A-Za-z0-9-]+)$/.exec(toString(node))?.[1]
      const statement = result.statements.at(-1)
      if (blockId && statement && statement.blockId === undefined) statement.blockId = blockId
      else result.text.push(obsidianWords(source(node)))
    }
  }
  return result
}
