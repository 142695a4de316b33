import type { BlockContent, PhrasingContent, Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { describe, expect, test } from 'vitest'
import {
  markdownStyle,
  stringifyMarkdown,
} from '../../../src-main/notebook/export/stringifyMarkdown'
import { seededRandom, type SeededRandom } from '../../support/fuzz/seededRandom'

/** The same style with mdast-util-to-markdown's own text handler: every text through `safe`. */
const libraryText = unified()
  .use(remarkStringify, markdownStyle)
  .use(remarkGfm)
  .use(remarkFrontmatter, ['yaml'])

const paragraph = (...children: PhrasingContent[]): Root => ({
  type: 'root',
  children: [{ type: 'paragraph', children }],
})
const text = (value: string): PhrasingContent => ({ type: 'text', value })

// Pieces of text that are syntax somewhere: in CommonMark, GFM or Obsidian, or at a line's start.
const PIECES = [
  ...['a', 'W', 'w', 'p', 's', '1', '23', ' ', ' ', '\t', '\n', '\r', '\\', 'é', '\u0000'],
  ...'!"#$%&\'()*+,-./:;<=>?@[]^_`{|}~',
  ...['www', 'https:', '&amp;', '==', '%%', '1.', '2)', '  ', '[[', ']]', '#tag', '<b>', '^id'],
]

function randomText(random: SeededRandom): string {
  let value = ''
  for (let n = random.int(10); n > 0; n--) value += random.pick(PIECES)
  return value
}

function randomPhrasing(random: SeededRandom, depth: number): PhrasingContent[] {
  const children: PhrasingContent[] = []
  const inside = () => randomPhrasing(random, depth + 1)
  for (let n = 1 + random.int(4); n > 0; n--) {
    const kind = depth < 2 ? random.int(12) : 11
    if (kind === 0) children.push({ type: 'highlight', children: inside() })
    else if (kind === 1) children.push({ type: 'emphasis', children: inside() })
    else if (kind === 2) children.push({ type: 'strong', children: inside() })
    else if (kind === 3) children.push({ type: 'delete', children: inside() })
    else if (kind === 4)
      children.push({ type: 'link', url: 'https://example.org/', children: inside() })
    else if (kind === 5) children.push({ type: 'obsidianTag', value: 'stance/supports' })
    else if (kind === 6) children.push({ type: 'wikiLink', target: 'Speakers/A', alias: 'A' })
    else if (kind === 7) children.push({ type: 'break' })
    else if (kind === 8) children.push({ type: 'inlineCode', value: randomText(random) })
    else if (kind === 9) children.push({ type: 'calloutMarker', kind: 'quote' })
    else children.push(text(randomText(random)))
  }
  return children
}

function randomBlock(random: SeededRandom, depth: number): BlockContent {
  const kind = depth < 2 ? random.int(8) : 7
  const item = () => ({
    type: 'listItem' as const,
    spread: false,
    children: [randomBlock(random, depth + 1)],
  })
  if (kind === 0)
    return {
      type: 'blockquote',
      children: [randomBlock(random, depth + 1), randomBlock(random, depth + 1)],
    }
  if (kind === 1)
    return { type: 'list', ordered: random.chance(0.3), spread: false, children: [item(), item()] }
  if (kind === 2) {
    const depth = (1 + random.int(6)) as 1 | 2 | 3 | 4 | 5 | 6
    return { type: 'heading', depth, children: randomPhrasing(random, 0) }
  }
  if (kind === 3) {
    const row = () => ({
      type: 'tableRow' as const,
      children: [{ type: 'tableCell' as const, children: randomPhrasing(random, 0) }],
    })
    return { type: 'table', children: [row(), row()] }
  }
  return { type: 'paragraph', children: randomPhrasing(random, 0) }
}

describe('text in a note', () => {
  test('is written as it is where nothing in it could be read as syntax', () => {
    const plain = 'Talks resume in Geneva, 3–4 May: “We will not yield.” (Minister, 2023)'
    expect(stringifyMarkdown(paragraph(text(plain)))).toBe(`${plain}\n`)
  })

  test('has what Markdown, GFM or Obsidian would read as syntax escaped', () => {
    const hostile = (value: string) => stringifyMarkdown(paragraph(text(value)))
    expect(hostile('# not a heading')).toBe('\\# not a heading\n')
    expect(hostile('1. not a list')).toBe('1\\. not a list\n')
    // Each = of a pair: an = just after a highlight's closing == would otherwise lengthen it.
    expect(hostile('see #tag and ==mark== and %%hidden%% for $5 ^id')).toBe(
      'see \\#tag and \\=\\=mark\\=\\= and \\%%hidden\\%% for \\$5 \\^id\n',
    )
    expect(hostile('[[page]] *x* <b>y</b> www.example.org a\\*b')).toBe(
      '\\[\\[page]] \\*x\\* \\<b>y\\</b> www\\.example.org a\\\\\\*b\n',
    )
    expect(
      stringifyMarkdown(paragraph({ type: 'highlight', children: [text('a = b == c')] })),
    ).toBe('==a \\= b \\=\\= c==\n')
  })

  test('is escaped exactly as mdast-util-to-markdown escapes it, in every kind of block', () => {
    const random = seededRandom(20261129)
    for (let n = 0; n < 2000; n++) {
      const root: Root = {
        type: 'root',
        children: [randomBlock(random, 0), randomBlock(random, 0), randomBlock(random, 0)],
      }
      const ours = stringifyMarkdown(root)
      if (ours !== libraryText.stringify(root))
        expect(ours, JSON.stringify(root)).toBe(libraryText.stringify(root))
    }
  })
})
