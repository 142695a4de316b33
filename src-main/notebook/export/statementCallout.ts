import type { BlockContent, Paragraph, PhrasingContent, RootContent } from 'mdast'
import type { Statement } from '../../shared/model'
import type { CodedStatement } from './codedStatements'
import type { NoteLinks } from './noteLinks'
import { obsidianTag } from './obsidianTag'

/**
 * One statement as an Obsidian quote callout: speaker, position and stance as its title (the
 * speaker and position linking to their notes), the quote highlighted, stance and tags as tags,
 * the reporting cue and mode, the analyst's note; then a block id to link to it.
 */
export function statementCallout(
  { statement, quote, blockId, speaker, position }: CodedStatement,
  links: NoteLinks,
): RootContent[] {
  const title: PhrasingContent[] = [
    { type: 'calloutMarker', kind: 'quote' },
    { type: 'text', value: ' ' },
    speaker ? links.speaker(speaker) : { type: 'text', value: 'Unattributed' },
    { type: 'text', value: ' · ' },
    position ? links.position(position) : { type: 'text', value: 'No position' },
    { type: 'text', value: ` · ${statement.stance ?? 'no stance'}` },
  ]
  const [first, ...more] = quoteParagraphs(quote)
  const children: BlockContent[] = [
    paragraph(first ? [...title, newline(), ...first] : title),
    ...more.map(paragraph),
  ]
  const coding = codingLines(statement)
  if (coding.length > 0) children.push(paragraph(coding))
  children.push(...noteParagraphs(statement.note))
  return [{ type: 'blockquote', children }, paragraph([{ type: 'blockId', value: blockId }])]
}

/** The quote highlighted, one paragraph per paragraph of the text, hard breaks kept. */
function quoteParagraphs(quote: string): PhrasingContent[][] {
  return quote
    .split('\n\n')
    .map((part) =>
      part
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line.length > 0)
        .flatMap((line, index): PhrasingContent[] => [
          ...(index > 0 ? [{ type: 'break' } as const] : []),
          { type: 'highlight', children: [{ type: 'text', value: line }] },
        ]),
    )
    .filter((part) => part.length > 0)
}

function codingLines({ stance, tags, cue, mode }: Statement): PhrasingContent[] {
  const lines: PhrasingContent[][] = []
  if (stance) lines.push([{ type: 'text', value: 'Stance: ' }, tag(`stance/${stance}`)])
  const names = [...new Set(tags.map(obsidianTag))].filter((name) => name !== undefined)
  if (names.length > 0) {
    lines.push([
      { type: 'text', value: 'Tags:' },
      ...names.flatMap((name): PhrasingContent[] => [{ type: 'text', value: ' ' }, tag(name)]),
    ])
  }
  const reported = [cue?.replace(/\s+/g, ' '), mode].filter(Boolean).join(' · ')
  if (reported) lines.push([{ type: 'text', value: `${cue ? 'Cue' : 'Mode'}: ${reported}` }])
  return lines.flatMap((line, index) => (index > 0 ? [newline(), ...line] : line))
}

function noteParagraphs(note: string): Paragraph[] {
  return note
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => paragraph([{ type: 'text', value: part }]))
}

/** A soft line break: a new line in Obsidian, where a callout's title ends. */
function newline(): PhrasingContent {
  return { type: 'text', value: '\n' }
}

function tag(value: string): PhrasingContent {
  return { type: 'obsidianTag', value }
}

/**
 * A paragraph of these, adjacent texts joined into one: the same Markdown, and each node costs
 * the Markdown writer a round of its own (a vault of 10,000 articles has ~100,000 callouts).
 */
function paragraph(children: PhrasingContent[]): Paragraph {
  const joined: PhrasingContent[] = []
  for (const child of children) {
    const last = joined.at(-1)
    if (child.type === 'text' && last?.type === 'text')
      joined[joined.length - 1] = { type: 'text', value: last.value + child.value }
    else joined.push(child)
  }
  return { type: 'paragraph', children: joined }
}
