import { toString } from 'mdast-util-to-string'
import { describe, expect, test } from 'vitest'
import {
  articleToMarkdown,
  type Registry,
} from '../../../src-main/notebook/export/articleToMarkdown'
import type { Article, DocJSON, Position, Speaker, Statement } from '../../../src-main/shared/model'
import { readBack } from '../../support/readArticleNote'

const at = '2024-05-01T10:00:00.000Z'

function text(value: string, ...statementIds: string[]): DocJSON {
  const marks = statementIds.map(statementMark)
  return marks.length > 0 ? { type: 'text', text: value, marks } : { type: 'text', text: value }
}

function statementMark(id: string) {
  return { type: 'statement', attrs: { id } }
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

const annaLink = '[[Speakers/Anna Minister|Anna Minister]]'
const borisLink = '[[Speakers/General Boris|General Boris]]'
const settlementLink = '[[Positions/Negotiated settlement|Negotiated settlement]]'

describe('the Markdown export of an article', () => {
  test('is an Obsidian note with properties, the text with its statements, and the notes', () => {
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

## Text

The minister said: ==We must talk now.== Others disagreed.

> [!quote] ${annaLink} · ${settlementLink} · supports
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

==Talks are pointless, said the general, who spoke later.==

> [!quote] ${borisLink} · ${settlementLink} · opposes
> ==Talks are pointless, said the general==
>
> Stance: #stance/opposes
> Cue: said · mixed

^s-st2

> [!quote] Unattributed · No position · no stance
> ==the general, who spoke later.==
>
> Mode: indirect

^s-st-3

The minister added: ==Talks can start in May.==

> [!quote] ${annaLink} · ${settlementLink} · neutral
> ==Talks can start in May.==
>
> Stance: #stance/neutral

^s-st4

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

  test('of two statements, one inside the other, is exactly these bytes', () => {
    const nested = article({
      meta: { ...geneva.meta, source: '', url: '', authors: [], published: '', tags: [] },
      body: {
        type: 'doc',
        content: [
          paragraph(
            text('The minister said '),
            text('talks ', 'outer'),
            text('must start now', 'outer', 'inner'),
            text(' and soon', 'outer'),
            text('. The general shrugged.'),
          ),
        ],
      },
      statements: {
        outer: statement('outer', { speakerId: 'sp1', positionId: 'po1', stance: 'supports' }),
        inner: statement('inner', { speakerId: 'sp2' }),
      },
    })

    expect(articleToMarkdown(nested, genevaRegistry).content).toBe(`---
title: Talks in Geneva
speakers:
  - Anna Minister
  - General Boris
positions:
  - Negotiated settlement
stancemark-id: art1
stancemark-revision: 7
---

# Talks in Geneva

## Text

The minister said ==talks must start now and soon==. The general shrugged.

> [!quote] ${annaLink} · ${settlementLink} · supports
> ==talks must start now and soon==
>
> Stance: #stance/supports

^s-outer

> [!quote] ${borisLink} · No position · no stance
> ==must start now==

^s-inner
`)
  })

  test('a statement across two paragraphs is highlighted in each, its callout after the second', () => {
    const across = article({
      body: {
        type: 'doc',
        content: [
          paragraph(text('She said'), text(' the river ', 'q1')),
          paragraph(
            text('must ', 'q1'),
            { type: 'text', text: 'stay open', marks: [{ type: 'bold' }, statementMark('q1')] },
            text('. Then she left.'),
          ),
        ],
      },
      statements: { q1: statement('q1', { speakerId: 'sp1' }) },
    })

    const { content } = articleToMarkdown(across, genevaRegistry)

    expect(content.slice(content.indexOf('## Text'))).toBe(`## Text

She said ==the river==

==must **stay open**==. Then she left.

> [!quote] ${annaLink} · No position · no stance
> ==the river==
>
> ==must stay open==

^s-q1
`)
  })

  test('gives the same bytes for the same article', () => {
    const copy = structuredClone(geneva)
    expect(articleToMarkdown(copy, genevaRegistry).content).toBe(
      articleToMarkdown(geneva, genevaRegistry).content,
    )
  })

  test('reads back as the same text, highlights, quotes, stances, block ids and notes', () => {
    const back = readBack(articleToMarkdown(geneva, genevaRegistry).content)

    expect(back.properties).toMatchObject({
      title: 'Talks in Geneva',
      speakers: ['Anna Minister', 'General Boris'],
      positions: ['Negotiated settlement'],
      'stancemark-id': 'art1',
      'stancemark-revision': 7,
    })
    expect(back.sections).toEqual(['Text', 'Notes'])
    expect(back.text).toEqual([
      {
        words: 'The minister said: We must talk now. Others disagreed.',
        highlighted: ['We must talk now.'],
      },
      {
        words: 'Talks are pointless, said the general, who spoke later.',
        highlighted: ['Talks are pointless, said the general, who spoke later.'],
      },
      {
        words: 'The minister added: Talks can start in May.',
        highlighted: ['Talks can start in May.'],
      },
    ])
    const first = 'The minister said: We must talk now. Others disagreed.'
    const second = 'Talks are pointless, said the general, who spoke later.'
    expect(back.statements).toEqual([
      {
        title: `[!quote] ${annaLink} · ${settlementLink} · supports`,
        quote: 'We must talk now.',
        stanceTags: ['#stance/supports'],
        blockId: 's-st1',
        after: first,
      },
      {
        title: `[!quote] ${borisLink} · ${settlementLink} · opposes`,
        quote: 'Talks are pointless, said the general',
        stanceTags: ['#stance/opposes'],
        blockId: 's-st2',
        after: second,
      },
      {
        title: '[!quote] Unattributed · No position · no stance',
        quote: 'the general, who spoke later.',
        stanceTags: [],
        blockId: 's-st-3',
        after: second,
      },
      {
        title: `[!quote] ${annaLink} · ${settlementLink} · neutral`,
        quote: 'Talks can start in May.',
        stanceTags: ['#stance/neutral'],
        blockId: 's-st4',
        after: 'The minister added: Talks can start in May.',
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

  test('keeps text, quotes and names with Markdown characters as they were', () => {
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
          paragraph(text('> not a quote, <i>no html</i> ^not-an-id')),
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

    expect(back.text).toEqual([
      { words: quote, highlighted: [quote] },
      { words: '# not a heading - and * not a list', highlighted: ['# not a heading'] },
      { words: '> not a quote, <i>no html</i> ^not-an-id', highlighted: [] },
    ])
    expect(back.statements.map(({ quote, blockId }) => ({ quote, blockId }))).toEqual([
      { quote, blockId: 's-q1' },
      { quote: '# not a heading', blockId: 's-q2' },
    ])
    // Names are the links' aliases, as in a vault: whole, but for what would end the link.
    expect(file.content).toContain(
      '\n> [!quote] [[Speakers/Dr. Star Lab 1 `x` Team _under_|Dr. *Star* [Lab  #1 `x`   <Team> _under_ #]] · [[Positions/!note _Ceasefire_ now|[!note  _Ceasefire_   now]] · opposes\n',
    )
    expect(back.properties).toMatchObject({
      title: 'What *they* said [#1]',
      speakers: [name],
      positions: [label],
    })
    // Obsidian would read a bare #tag or #1 in the text (not in a link) as a tag of the note.
    const afterProperties = file.content.slice(file.content.indexOf('\n---\n') + 5)
    expect(afterProperties.replace(/\[\[[^\]]*\]\]/g, '')).not.toMatch(/(^|\s)#(tag|1|Team)\b/m)
    expect(file.filename).toBe('What they said 1.md')
  })

  test('escapes == and [[ in the text, so they become neither highlights nor links', () => {
    const words = 'Prices ==rose== in [[Geneva]] and ![[maps]], '
    const said = 'a [[deal]] is ==near=='
    const marked = article({
      body: {
        type: 'doc',
        content: [
          paragraph(text(words), text(said, 'q1'), text('= said one x=')),
          paragraph(text('Odds: 2 =', 'q2'), text('= 3')),
        ],
      },
      statements: { q1: statement('q1'), q2: statement('q2') },
    })

    const file = articleToMarkdown(marked, genevaRegistry)

    const lines = file.content.split('\n')
    expect(lines.slice(lines.indexOf('## Text') + 2, lines.indexOf('## Text') + 3)).toEqual([
      'Prices \\=\\=rose\\=\\= in \\[\\[Geneva]] and !\\[\\[maps]], ==a \\[\\[deal]] is \\=\\=near\\=\\===\\= said one x=',
    ])
    expect(file.content).toContain('\n==Odds: 2 \\===\\= 3\n')
    expect(readBack(file.content).text).toEqual([
      { words: `${words}${said}= said one x=`, highlighted: [said] },
      { words: 'Odds: 2 == 3', highlighted: ['Odds: 2 ='] },
    ])
  })

  test('of an article with no statements and no notes is its text, with no Notes heading', () => {
    const bare = article({
      meta: { ...geneva.meta, source: '', url: '', authors: [], published: '', tags: [] },
      body: { type: 'doc', content: [paragraph(text('Nothing coded here.'))] },
    })

    const file = articleToMarkdown(bare, registry([], []))

    expect(file.content).toBe(`---
title: Talks in Geneva
stancemark-id: art1
stancemark-revision: 7
---

# Talks in Geneva

## Text

Nothing coded here.
`)
  })
})
