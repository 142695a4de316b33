import type { Speaker } from '../../../src-main/shared/model'
import { nameKey } from '../../../src-main/shared/nameKey'
import type { StatementSuggestion } from '../../../src-main/shared/suggestion'

export type SuggestedSpeaker = StatementSuggestion['speaker']

/** The registry's speakers by every name and alias, in any spelling of it. */
export function speakersByName(
  speakers: readonly Speaker[],
): (name: string) => Speaker | undefined {
  const byKey = new Map<string, Speaker>()
  for (const speaker of speakers)
    for (const name of [speaker.name, ...speaker.aliases]) {
      const key = nameKey(name)
      if (key && !byKey.has(key)) byKey.set(key, speaker)
    }
  return (name) => byKey.get(nameKey(name))
}

/**
 * Who a suggestion is for as the registry stands now: its speaker by id, else the one going by its
 * name (made since, when another suggestion of theirs was accepted), else the new one it proposes.
 */
export function suggestedSpeaker(
  { speaker }: StatementSuggestion,
  speakers: readonly Speaker[],
  byName = speakersByName(speakers),
): SuggestedSpeaker {
  const registered =
    (speaker.id && speakers.find((known) => known.id === speaker.id)) || byName(speaker.name)
  return registered ? { id: registered.id, name: registered.name, kind: registered.kind } : speaker
}
