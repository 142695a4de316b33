import type { Speaker } from '../../../src-main/shared/model'
import { speakerFinder } from '../../../src-main/shared/speakerFinder'
import type { StatementSuggestion } from '../../../src-main/shared/suggestion'

export type SuggestedSpeaker = StatementSuggestion['speaker']

/**
 * Who a suggestion is for as the registry stands now: its speaker by id, else the one going by its
 * name (made since, when another suggestion of theirs was accepted), else the new one it proposes.
 */
export function suggestedSpeaker(
  { speaker }: StatementSuggestion,
  speakers: readonly Speaker[],
  byName = speakerFinder(speakers),
): SuggestedSpeaker {
  const registered =
    (speaker.id && speakers.find((known) => known.id === speaker.id)) || byName(speaker.name)
  return registered ? { id: registered.id, name: registered.name, kind: registered.kind } : speaker
}
