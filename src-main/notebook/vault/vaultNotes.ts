import type { ListItem, PhrasingContent, Root } from 'mdast'
import type { Position, Speaker } from '../../shared/model'
import { wikiLink as link, type SubjectNotes } from '../export/noteLinks'
import type { VaultCatalog } from './vaultMessages'
import { grouped, list, propertyLink, subjectNote, text, VAULT, type Entry } from './vaultNoteParts'

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
    ),
  )
}

export function positionNote(
  position: Position,
  about: Entry[],
  catalog: VaultCatalog,
  { speakerNotes, positionNotes }: SubjectNotes,
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
    ),
  )
}

const item = (children: PhrasingContent[]): ListItem => ({
  type: 'listItem',
  spread: false,
  children: [{ type: 'paragraph', children }],
})

export function indexNote(
  articleNotes: ArticleNoteInfo[],
  { speakers, positions, speakerNotes, positionNotes }: SubjectNotes,
): Root {
  return {
    type: 'root',
    children: [
      { type: 'heading', depth: 1, children: [text('Stancemark archive')] },
      { type: 'heading', depth: 2, children: [text(`Articles (${articleNotes.length})`)] },
      list(
        articleNotes.map((a) =>
          item([
            link(VAULT.articles, a.name, a.title),
            text(
              ` — ${[a.source, a.published].filter(Boolean).join(', ') || 'no source or date'} · ${a.count} ${a.count === 1 ? 'statement' : 'statements'}`,
            ),
          ]),
        ),
      ),
      { type: 'heading', depth: 2, children: [text(`Speakers (${speakers.length})`)] },
      list(
        speakers.map((s) =>
          item([link(VAULT.speakers, speakerNotes.get(s.id)!, s.name), text(` — ${s.kind}`)]),
        ),
      ),
      { type: 'heading', depth: 2, children: [text(`Positions (${positions.length})`)] },
      list(positions.map((p) => item([link(VAULT.positions, positionNotes.get(p.id)!, p.label)]))),
    ],
  }
}
