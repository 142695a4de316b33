import type { ListItem, PhrasingContent, Root, RootContent } from 'mdast'
import { stringify as yaml } from 'yaml'
import type { Position, Speaker, Stance } from '../../shared/model'

/** The vault's folders and its index note. */
export const VAULT = {
  articles: 'Articles',
  speakers: 'Speakers',
  positions: 'Positions',
  index: 'Stancemark',
}

/** One statement as the speaker and position notes list it, linking back to its block. */
export interface Entry {
  articleNote: string
  articleTitle: string
  published: string
  blockId: string
  quote: string
  stance?: Stance
  speaker?: Speaker
  position?: Position
}

export const text = (value: string): PhrasingContent => ({ type: 'text', value })

export function entryLine(entry: Entry): ListItem {
  const children: PhrasingContent[] = [
    { type: 'highlight', children: [text(entry.quote.replace(/\s+/g, ' '))] },
    text(' — '),
  ]
  children.push({
    type: 'wikiLink',
    target: `${VAULT.articles}/${entry.articleNote}#^${entry.blockId}`,
    alias: entry.articleTitle,
  })
  // One text node, not two: each node costs the Markdown writer a round of its own.
  children.push(text(entry.published ? `, ${entry.published} ` : ' '), {
    type: 'obsidianTag',
    value: `stance/${entry.stance ?? 'none'}`,
  })
  return { type: 'listItem', spread: false, children: [{ type: 'paragraph', children }] }
}

export const list = (items: ListItem[]): RootContent => ({
  type: 'list',
  ordered: false,
  spread: false,
  children: items,
})

/** A group's entries as a list (the live vault puts it together from lines it kept). */
export type EntryList = (entries: Entry[]) => RootContent

export const entryList: EntryList = (entries) => list(entries.map((entry) => entryLine(entry)))

/**
 * Entries grouped under a heading each (by position in a speaker note, by speaker in a position
 * note), the heading a link to that position's or speaker's own note where it has one.
 */
export function grouped(
  entries: Entry[],
  label: (e: Entry) => string,
  link: (e: Entry) => PhrasingContent | undefined,
  listOf: EntryList = entryList,
) {
  const groups = new Map<string, Entry[]>()
  for (const entry of entries) {
    const group = groups.get(label(entry))
    if (group) group.push(entry)
    else groups.set(label(entry), [entry])
  }
  const order = [...groups].sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b))
  return order.flatMap(([heading, items]): RootContent[] => [
    { type: 'heading', depth: 2, children: [link(items[0]) ?? text(heading)] },
    listOf(items.sort((a, b) => a.published.localeCompare(b.published))),
  ])
}

/** A link as a property's value: Obsidian shows it as a link and counts it as one. */
export const propertyLink = (folderName: string, note: string, alias: string) =>
  `[[${folderName}/${note}|${alias.replace(/[[\]|]/g, ' ')}]]`

export const properties = (values: Record<string, unknown>): RootContent => ({
  type: 'yaml',
  value: yaml(
    Object.fromEntries(
      Object.entries(values).filter(
        ([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0),
      ),
    ),
    { lineWidth: 0 },
  ).trimEnd(),
})

/**
 * A speaker's or a position's note: its properties, its name as the title, what the analyst
 * wrote about it, then its statements (see `grouped`).
 */
export const subjectNote = (
  values: Record<string, unknown>,
  title: string,
  about: string | undefined,
  statements: RootContent[],
): Root => ({
  type: 'root',
  children: [
    properties(values),
    { type: 'heading', depth: 1, children: [text(title)] },
    ...(about ? [{ type: 'paragraph', children: [text(about)] } as RootContent] : []),
    ...statements,
  ],
})
