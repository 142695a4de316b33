import { StancemarkError } from '../shared/errors'
import type { Speaker, SpeakerKind } from '../shared/model'
import type { Catalog } from './catalog'
import { foldName } from './matchName'
import { newId } from './newId'

export function findSpeakerByName(catalog: Catalog, name: string): Speaker | undefined {
  const folded = foldName(name)
  return Object.values(catalog.speakers).find(
    (speaker) =>
      foldName(speaker.name) === folded ||
      speaker.aliases.some((alias) => foldName(alias) === folded),
  )
}

/** The speaker a statement refers to: an existing id, or a name matched against names and aliases, created when new. */
export function resolveSpeaker(
  catalog: Catalog,
  ref: { id: string } | { name: string; kind?: SpeakerKind },
): Speaker {
  if ('id' in ref) {
    const speaker = catalog.speakers[ref.id]
    if (!speaker) throw new StancemarkError('not-found', 'That speaker is not in the registry.')
    return speaker
  }
  const existing = findSpeakerByName(catalog, ref.name)
  if (existing) return existing
  const speaker: Speaker = {
    id: newId(),
    name: ref.name.trim(),
    aliases: [],
    kind: ref.kind ?? 'person',
    notes: '',
  }
  catalog.speakers[speaker.id] = speaker
  return speaker
}

/** Creates or updates a speaker; a name already used by another speaker is refused. */
export function putSpeaker(
  catalog: Catalog,
  input: Omit<Speaker, 'id'> & { id?: string },
): Speaker {
  if (input.id && !catalog.speakers[input.id])
    throw new StancemarkError('not-found', 'That speaker is not in the registry.')
  const clash = findSpeakerByName(catalog, input.name)
  if (clash && clash.id !== input.id) {
    throw new StancemarkError(
      'conflict',
      `There is already a speaker called “${clash.name}”. Merge the two instead.`,
    )
  }
  if (input.affiliationId && !catalog.speakers[input.affiliationId]) {
    throw new StancemarkError('not-found', 'The affiliation is not a speaker in the registry.')
  }
  const speaker: Speaker = { ...input, id: input.id ?? newId() }
  catalog.speakers[speaker.id] = speaker
  return speaker
}
