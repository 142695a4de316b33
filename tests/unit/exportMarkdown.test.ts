import type { Heading, Nodes, Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, test } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { articleToMarkdown, type Registry } from '../../src-main/notebook/export/articleToMarkdown'
import type { Article, DocJSON, Position, Speaker, Statement } from '../../src-main/shared/model'

const at = '2024-05-01T10:00:00.000Z'

function text(value: string, ...statementIds: string[]): DocJSON {
  const marks = statementIds.map((id) => ({ type: 'statement', attrs: { id } }))
  return marks.length > 0 ? { type: 'text', text: value, marks } : { type: 'text', text: value }
}

function paragraph(...content: DocJSON[]): DocJSON {
  return { type: 'paragraph', content }
}

function statement(id: string, coding: Partial<Statement> = {}): Statement {
  return { id, tags: [], note: '', createdAt: at, updatedAt: at, ...coding }
}

function article(parts: Partial<Article> & Pick<Article, 'body'>): Article {
  return {
    id: 'art1',
    revision: 7,
    meta: {
      title: 'Talks in Geneva',
      source: 'The Daily Example',
      url: 'https://example.org/geneva',
      authors: ['Ada Writer', 'Ben Reporter'],
      published: '2023-04-26',
      accessed: '2023-04-27',
      language: 'en',
      tags: ['diplomacy', 'peace talks'],
    },
    notes: { type: 'doc', content: [{ type: 'paragraph' }] },
    statements: {},
    createdAt: at,
    updatedAt: at,
    origin: { kind: 'paste', name: '', sha256: '' },
    ...parts,
  }
}

function registry(speakers: Speaker[], positions: Position[]): Registry {
  return {
    speakers: new Map(speakers.map((speaker) => [speaker.id, speaker])),
    positions: new Map(positions.map((position) => [position.id, position])),
  }
}

const minister: Speaker = {
  id: 'sp1',
  name: 'Anna Minister',
  aliases: [],
  kind: 'person',
  notes: '',
}
const general: Speaker = {
  id: 'sp2',
  name: 'General Boris',
  aliases: [],
  kind: 'person',
  notes: '',
}
const talks: Position = {
  id: 'po1',
  label: 'Negotiated settlement',
  description: '',
  color: '#6b7280',
}

const geneva = article({
  body: {
    type: 'doc',
    content: [
      paragraph(
        text('The minister said: '),
        text('We must talk now.', 'st1'),
        text(' Others disagreed.'),
      ),
      paragraph(
        text('Talks are pointless, said ', 'st2'),
        text('the general', 'st2', 'st_3'),
        text(', who spoke later.', 'st_3'),
      ),
      paragraph(text('The minister added: '), text('Talks can start in May.', 'st4')),
    ],
  },
  statements: {
    st1: statement('st1', {
      speakerId: 'sp1',
      positionId: 'po1',
      stance: 'supports',
      tags: ['key quote', 'first'],
      note: 'First public hint.\n\nCompare with March.',
      cue: 'said',
      mode: 'direct',
    }),
    st2: statement('st2', {
      speakerId: 'sp2',
      positionId: 'po1',
      stance: 'opposes',
      cue: 'said',
      mode: 'mixed',
    }),
    st_3: statement('st_3', { mode: 'indirect' }),
    st4: statement('st4', { speakerId: 'sp1', positionId: 'po1', stance: 'neutral' }),
  },
  notes: {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 1 }, content: [text('Context')] },
      paragraph(
        { type: 'text', text: 'Read with ', marks: [] },
        { type: 'text', text: 'care', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' and ', marks: [] },
        { type: 'text', text: 'doubt', marks: [{ type: 'bold' }, { type: 'italic' }] },
        { type: 'text', text: ', see ', marks: [] },
        {
          type: 'text',
          text: 'the wire',
          marks: [{ type: 'link', attrs: { href: 'https://example.org/wire' } }],
        },
        { type: 'text', text: ', ', marks: [] },
        { type: 'text', text: 'old', marks: [{ type: 'strike' }] },
        { type: 'text', text: ', ', marks: [] },
        { type: 'text', text: 'x = 1', marks: [{ type: 'code' }] },
        { type: 'text', text: ' and ', marks: [] },
        { type: 'text', text: 'this', marks: [{ type: 'underline' }] },
        { type: 'text', text: '.' },
      ),
      {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [paragraph(text('first point'))] },
          {
            type: 'listItem',
            content: [paragraph(text('second'), { type: 'hardBreak' }, text('line'))],
          },
        ],
      },
      { type: 'heading', attrs: { level: 2 }, content: [text('Follow-up')] },
      {
        type: 'orderedList',
        attrs: { start: 1 },
        content: [{ type: 'listItem', content: [paragraph(text('call the ministry'))] }],
      },
      { type: 'blockquote', content: [paragraph(text('A quote in the notes.'))] },
      { type: 'codeBlock', attrs: { language: 'r' }, content: [text('table(stance)')] },
      { type: 'horizontalRule' },
      paragraph(text('End.')),
    ],
  },
})

const genevaRegistry = registry([minister, general], [talks])

/** What a reader of the exported note finds in it, read back with a CommonMark parser. */
interface ReadBack {
  properties: Record<string, unknown>
  speakers: { name: string; statements: ReadBackStatement[] }[]
  statementsText: string
  notes: Root['children']
}

interface ReadBackStatement {
  title: string
  quote: string
  stanceTags: string[]
  blockId?: string
}

function readBack(markdown: string): ReadBack {
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter).parse(markdown)
  const result: ReadBack = { properties: {}, speakers: [], statementsText: '', notes: [] }
  let section = ''
  for (const node of tree.children) {
    if (node.type === 'yaml') result.properties = parseYaml(node.value) as Record<string, unknown>
    else if (isHeading(node, 2)) section = toString(node)
    else if (section === 'Notes') result.notes.push(node)
    else if (section !== 'Statements') continue
    else if (isHeading(node, 3)) result.speakers.push({ name: toString(node), statements: [] })
    else if (node.type === 'blockquote') {
      const [first, ...rest] = node.children
      const [title, highlighted = ''] = toString(first).split('\n')
      const stanceTags = rest.flatMap((child) => toString(child).match(/#stance\/\w+/g) ?? [])
      const quote = highlighted.match(/^==([\s\S]*)==$/)?.[1] ?? ''
      result.speakers.at(-1)?.statements.push({ title, quote, stanceTags })
    } else {
      const statements = result.speakers.at(-1)?.statements ?? []
      const blockId = toString(node).match(/^\^([A-Za-z0-9-]+)$/)?.[1]
      if (blockId && statements.at(-1)) statements[statements.length - 1].blockId = blockId
      else result.statementsText += toString(node)
    }
  }
  return result
}

function isHeading(node: Nodes, depth: Heading['depth']): node is Heading {
  return node.type === 'heading' && node.depth === depth
}

describe('the Markdown export of an article', () => {
  test('is an Obsidian note with properties, statements by speaker and the notes', () => {
    const file = articleToMarkdown(geneva, genevaRegistry)

    expect(file.filename).toBe('Talks in Geneva.md')
    expect(file.mediaType).toBe('text/markdown; charset=utf-8')
    expect(file.content).toBe(`---
title: Talks in Geneva
source: The Daily Example
url: https://example.org/geneva
authors:
  - Ada Writer
  - Ben Reporter
published: 2023-04-26
speakers:
  - Anna Minister
  - General Boris
positions:
  - Negotiated settlement
tags:
  - diplomacy
  - peace-talks
stancemark-id: art1
stancemark-revision: 7
---

# Talks in Geneva

The Daily Example · 2023-04-26 · <https://example.org/geneva>

## Statements

### Anna Minister

> [!quote] Negotiated settlement · supports
> ==We must talk now.==
>
> Stance: #stance/supports
> Tags: #key-quote #first
> Cue: said · direct
>
> First public hint.
>
> Compare with March.

^s-st1

> [!quote] Negotiated settlement · neutral
> ==Talks can start in May.==
>
> Stance: #stance/neutral

^s-st4

### General Boris

> [!quote] Negotiated settlement · opposes
> ==Talks are pointless, said the general==
>
> Stance: #stance/opposes
> Cue: said · mixed

^s-st2

### Unattributed

> [!quote] No position · no stance
> ==the general, who spoke later.==
>
> Mode: indirect

^s-st-3

## Notes

### Context

Read with **care** and **_doubt_**, see [the wire](https://example.org/wire), ~~old~~, \`x = 1\` and this.

- first point
- second\\
  line

#### Follow-up

1. call the ministry

> A quote in the notes.

\`\`\`r
table(stance)
\`\`\`

---

End.
`)
  })

  test('gives the same bytes for the same article', () => {
    const copy = structuredClone(geneva)
    expect(articleToMarkdown(copy, genevaRegistry).content).toBe(
      articleToMarkdown(geneva, genevaRegistry).content,
    )
  })

  test('reads back as the same speakers, quotes, stances, block ids and notes', () => {
    const back = readBack(articleToMarkdown(geneva, genevaRegistry).content)

    expect(back.properties).toMatchObject({
      title: 'Talks in Geneva',
      speakers: ['Anna Minister', 'General Boris'],
      positions: ['Negotiated settlement'],
      'stancemark-id': 'art1',
      'stancemark-revision': 7,
    })
    expect(back.speakers).toEqual([
      {
        name: 'Anna Minister',
        statements: [
          {
            title: '[!quote] Negotiated settlement · supports',
            quote: 'We must talk now.',
            stanceTags: ['#stance/supports'],
            blockId: 's-st1',
          },
          {
            title: '[!quote] Negotiated settlement · neutral',
            quote: 'Talks can start in May.',
            stanceTags: ['#stance/neutral'],
            blockId: 's-st4',
          },
        ],
      },
      {
        name: 'General Boris',
        statements: [
          {
            title: '[!quote] Negotiated settlement · opposes',
            quote: 'Talks are pointless, said the general',
            stanceTags: ['#stance/opposes'],
            blockId: 's-st2',
          },
        ],
      },
      {
        name: 'Unattributed',
        statements: [
          {
            title: '[!quote] No position · no stance',
            quote: 'the general, who spoke later.',
            stanceTags: [],
            blockId: 's-st-3',
          },
        ],
      },
    ])
    expect(back.notes.map((node) => [node.type, toString(node)])).toEqual([
      ['heading', 'Context'],
      ['paragraph', 'Read with care and doubt, see the wire, old, x = 1 and this.'],
      ['list', 'first pointsecondline'],
      ['heading', 'Follow-up'],
      ['list', 'call the ministry'],
      ['blockquote', 'A quote in the notes.'],
      ['code', 'table(stance)'],
      ['thematicBreak', ''],
      ['paragraph', 'End.'],
    ])
    expect(back.notes.filter((node) => node.type === 'heading').map((node) => node.depth)).toEqual([
      3, 4,
    ])
  })

  test('keeps quotes and names with Markdown characters as they were', () => {
    const quote =
      'Say *this*, _that_ [not](a link) [[page]] #tag `code` a | b <b>x</b> > #1 ==mark== $5'
    const name = 'Dr. *Star* [Lab] #1 `x` | <Team> _under_ #'
    const label = '[!note] _Ceasefire_ | now'
    const tricky = article({
      meta: { ...geneva.meta, title: 'What *they* said [#1]' },
      body: {
        type: 'doc',
        content: [
          paragraph(text(quote, 'q1')),
          paragraph(text('# not a heading', 'q2'), text(' - and * not a list')),
        ],
      },
      statements: {
        q1: statement('q1', { speakerId: 'odd', positionId: 'odd', stance: 'opposes' }),
        q2: statement('q2', { speakerId: 'odd' }),
      },
    })
    const odd = registry(
      [{ id: 'odd', name, aliases: [], kind: 'group', notes: '' }],
      [{ id: 'odd', label, description: '', color: '#6b7280' }],
    )

    const file = articleToMarkdown(tricky, odd)
    const back = readBack(file.content)

    expect(back.speakers).toEqual([
      {
        name,
        statements: [
          {
            title: `[!quote] ${label} · opposes`,
            quote,
            stanceTags: ['#stance/opposes'],
            blockId: 's-q1',
          },
          {
            title: '[!quote] No position · no stance',
            quote: '# not a heading',
            stanceTags: [],
            blockId: 's-q2',
          },
        ],
      },
    ])
    expect(back.properties).toMatchObject({
      title: 'What *they* said [#1]',
      speakers: [name],
      positions: [label],
    })
    // Obsidian would read a bare #tag or #1 in the text as a tag of the note.
    const afterProperties = file.content.slice(file.content.indexOf('\n---\n') + 5)
    expect(afterProperties).not.toMatch(/(^|\s)#(tag|1|Team)\b/m)
    expect(file.filename).toBe('What they said 1.md')
  })

  test('of an article with no statements and no notes says there are no statements yet', () => {
    const bare = article({
      meta: { ...geneva.meta, source: '', url: '', authors: [], published: '', tags: [] },
      body: { type: 'doc', content: [paragraph(text('Nothing coded here.'))] },
    })

    const file = articleToMarkdown(bare, registry([], []))
    const back = readBack(file.content)

    expect(back.properties).toEqual({
      title: 'Talks in Geneva',
      'stancemark-id': 'art1',
      'stancemark-revision': 7,
    })
    expect(back.speakers).toEqual([])
    expect(back.statementsText).toBe('No statements yet.')
    expect(back.notes).toEqual([])
    expect(file.content.endsWith('## Notes\n')).toBe(true)
  })
})
