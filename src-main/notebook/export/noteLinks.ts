import type { PhrasingContent } from 'mdast'
import type { Position, Speaker } from '../../shared/model'
import type { Registry } from './articleToMarkdown'
import { VAULT } from '../vault/vaultNoteParts'
import { vaultNames } from '../vault/vaultNames'

/** Links from an article's note to its speakers' and positions' notes in the vault. */
export interface NoteLinks {
  speaker(speaker: Speaker): PhrasingContent
  position(position: Position): PhrasingContent
}

/** The registry's speakers and positions in the order a vault names their notes, with the names. */
export interface SubjectNotes {
  speakers: Speaker[]
  positions: Position[]
  speakerNotes: Map<string, string>
  positionNotes: Map<string, string>
}

/** Names one folder's notes (`vaultNames`, or a vault folder's own that knows the notes there). */
type Namer = (title: string) => string

/**
 * The name of each speaker's and position's note, given in order of name and label: a vault
 * export and a single article's note name them alike, so the article's links find the notes.
 */
export function subjectNotes(
  registry: Registry,
  name: { speakers: Namer; positions: Namer } = {
    speakers: vaultNames(),
    positions: vaultNames(),
  },
): SubjectNotes {
  const speakers = [...registry.speakers.values()].sort((a, b) => a.name.localeCompare(b.name))
  const positions = [...registry.positions.values()].sort((a, b) => a.label.localeCompare(b.label))
  return {
    speakers,
    positions,
    speakerNotes: new Map(speakers.map((s) => [s.id, name.speakers(s.name)])),
    positionNotes: new Map(positions.map((p) => [p.id, name.positions(p.label)])),
  }
}

/** A link to a note of the vault, shown as `alias`. */
export const wikiLink = (folderName: string, note: string, alias: string): PhrasingContent => ({
  type: 'wikiLink',
  target: `${folderName}/${note}`,
  alias,
})

/** Links to the notes `subjectNotes` named. */
export function noteLinks({ speakerNotes, positionNotes }: SubjectNotes): NoteLinks {
  return {
    speaker: (s) => wikiLink(VAULT.speakers, speakerNotes.get(s.id)!, s.name),
    position: (p) => wikiLink(VAULT.positions, positionNotes.get(p.id)!, p.label),
  }
}
