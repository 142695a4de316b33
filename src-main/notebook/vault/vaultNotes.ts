import type { ListItem, PhrasingContent, Root, RootContent } from 'mdast'
import type { Position, Speaker } from '../../shared/model'
import { wikiLink as link, type SubjectNotes } from '../export/noteLinks'
import type { VaultCatalog } from './vaultMessages'
import {
  entryList,
  grouped,
  list,
  propertyLink,
  subjectNote,
  text,
  VAULT,
  type Entry,
  type EntryList,
} from './vaultNoteParts'

// The notes of a vault besides the articles': a speaker's, a position's, and the index. A full
// export and a live update make them alike.

/** What the index says of one article's note. */
export interface ArticleNoteInfo {
  name: string
  title: string
  published: string
  source: string
  count: number
}

export function speakerNote(
  speaker: Speaker,
  theirs: Entry[],
  catalog: VaultCatalog,
  { speakerNotes, positionNotes }: SubjectNotes,
  listOf: EntryList = entryList,
): Root {
  const affiliation = speaker.affiliationId ? catalog.speakers[speaker.affiliationId] : undefined
  return subjectNote(
    {
      kind: speaker.kind,
      role: speaker.role,
      affiliation:
        affiliation &&
        propertyLink(VAULT.speakers, speakerNotes.get(affiliation.id)!, affiliation.name),
      aliases: speaker.aliases,
      statements: theirs.length,
      'stancemark-id': speaker.id,
    },
    speaker.name,
    speaker.notes,
    grouped(
      theirs,
      (e) => e.position?.label ?? 'No position',
      (e) =>
        e.position && link(VAULT.positions, positionNotes.get(e.position.id)!, e.position.label),
      listOf,
    ),
  )
}

export function positionNote(
  position: Position,
  about: Entry[],
  catalog: VaultCatalog,
  { speakerNotes, positionNotes }: SubjectNotes,
  listOf: EntryList = entryList,
): Root {
  const parent = position.parentId ? catalog.positions[position.parentId] : undefined
  return subjectNote(
    {
      parent: parent && propertyLink(VAULT.positions, positionNotes.get(parent.id)!, parent.label),
      color: position.color,
      statements: about.length,
      'stancemark-id': position.id,
    },
    position.label,
    position.description,
    grouped(
      about,
      (e) => e.speaker?.name ?? 'Speaker not set',
      (e) => e.speaker && link(VAULT.speakers, speakerNotes.get(e.speaker.id)!, e.speaker.name),
      listOf,
    ),
  )
}

const item = (children: PhrasingContent[]): ListItem => ({
  type: 'listItem',
  spread: false,
  children: [{ type: 'paragraph', children }],
})

export const articleLine = (a: ArticleNoteInfo) =>
  item([
    link(VAULT.articles, a.name, a.title),
    text(
      ` — ${[a.source, a.published].filter(Boolean).join(', ') || 'no source or date'} · ${a.count} ${a.count === 1 ? 'statement' : 'statements'}`,
    ),
  ])

export const speakerLine = (s: Speaker, { speakerNotes }: SubjectNotes) =>
  item([link(VAULT.speakers, speakerNotes.get(s.id)!, s.name), text(` — ${s.kind}`)])

export const positionLine = (p: Position, { positionNotes }: SubjectNotes) =>
  item([link(VAULT.positions, positionNotes.get(p.id)!, p.label)])

/** The index's three lists: of articles, speakers and positions (the live vault's from lines). */
export interface IndexLists {
  articles: RootContent
  speakers: RootContent
  positions: RootContent
}

/** The index's lists as a full export makes them. */
export const indexLists = (
  articleNotes: ArticleNoteInfo[],
  subjects: SubjectNotes,
): IndexLists => ({
  articles: list(articleNotes.map(articleLine)),
  speakers: list(subjects.speakers.map((s) => speakerLine(s, subjects))),
  positions: list(subjects.positions.map((p) => positionLine(p, subjects))),
})

export function indexNote(
  articleNotes: ArticleNoteInfo[],
  subjects: SubjectNotes,
  lists: IndexLists = indexLists(articleNotes, subjects),
): Root {
  return {
    type: 'root',
    children: [
      { type: 'heading', depth: 1, children: [text('Stancemark archive')] },
      { type: 'heading', depth: 2, children: [text(`Articles (${articleNotes.length})`)] },
      lists.articles,
      { type: 'heading', depth: 2, children: [text(`Speakers (${subjects.speakers.length})`)] },
      lists.speakers,
      { type: 'heading', depth: 2, children: [text(`Positions (${subjects.positions.length})`)] },
      lists.positions,
    ],
  }
}
