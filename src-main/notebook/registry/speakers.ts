import { StancemarkError } from '../../shared/errors'
import { Speaker, type SpeakerKind } from '../../shared/model'
import type { Catalog } from '../storage/catalog'
import { foldLabel } from '../../shared/nameKey'
import { speakerFinder } from '../../shared/speakerFinder'
import { newId } from '../newId'
import { guessSpeakerKind } from '../suggest/guessSpeakerKind'
import { adoptEntry, entryToPut, resolveEntry, storeEntry, type EntryWords } from './registryEntry'

const WORDS: EntryWords<Speaker> = {
  missing: 'That speaker is not in the registry.',
  clash: (other) => `There is already a speaker called “${other.name}”. Merge the two instead.`,
}

/** What a new speaker's name says it is: "Kelvaran State Television" media, "Pavel Drazic" a person. */
export const kindOfName = (name: string): SpeakerKind => guessSpeakerKind(name.trim().split(/\s+/))

/**
 * The speaker a name refers to (see speakerFinder). A near miss ("Zelenksy") is someone else: a
 * script that misspells a name gets a new speaker, never a silent merge with a similar one.
 */
export function findSpeakerByName(catalog: Catalog, name: string): Speaker | undefined {
  return speakerFinder(Object.values(catalog.speakers))(name)
}

/**
 * The speaker a statement refers to: an existing id, or a name matched against names and aliases,
 * created when new with the kind given or else the kind its words say ("Radio Lume": media).
 */
export function resolveSpeaker(
  catalog: Catalog,
  ref: { id: string } | { name: string; kind?: SpeakerKind },
): Speaker {
  return resolveEntry(
    catalog.speakers,
    ref,
    WORDS.missing,
    ({ name }) => findSpeakerByName(catalog, name),
    ({ name, kind }) => ({
      name: name.trim(),
      aliases: [],
      kind: kind ?? kindOfName(name),
      notes: '',
    }),
  )
}

/** The speaker of an imported annotation: by id, else by name or alias, else a new one keeping the file's id when free. */
export function adoptSpeaker(
  catalog: Catalog,
  ref: { id?: string; name: string; kind?: SpeakerKind },
): Speaker {
  return adoptEntry(
    catalog.speakers,
    ref.id,
    () => findSpeakerByName(catalog, ref.name),
    (id) => Speaker.parse({ id, name: ref.name, kind: ref.kind }),
  )
}

/** The speaker going by this name or alias as written, case, accents and spacing aside. */
function speakerCalled(catalog: Catalog, name: string): Speaker | undefined {
  const folded = foldLabel(name)
  return Object.values(catalog.speakers).find((speaker) =>
    [speaker.name, ...speaker.aliases].some((known) => foldLabel(known) === folded),
  )
}

/**
 * Creates or updates a speaker; a name already used by another speaker is refused. Without a
 * kind, a new speaker takes the one its name says and an existing one keeps its own.
 */
export function putSpeaker(
  catalog: Catalog,
  input: Omit<Speaker, 'id' | 'kind'> & { id?: string; kind?: SpeakerKind },
): Speaker {
  // Only a name as written clashes: two people may be registered under two spellings on purpose.
  const before = entryToPut(catalog.speakers, input.id, speakerCalled(catalog, input.name), WORDS)
  if (input.affiliationId && !catalog.speakers[input.affiliationId]) {
    throw new StancemarkError('not-found', 'The affiliation is not a speaker in the registry.')
  }
  const kind = input.kind ?? before?.kind ?? kindOfName(input.name)
  return storeEntry(catalog.speakers, { ...input, kind, id: input.id ?? newId() })
}
