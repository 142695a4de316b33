import type { Speaker } from '../../shared/model'
import { nameKey, surnameKey } from '../../shared/nameKey'
import { speakerFinder } from '../../shared/speakerFinder'

/** The archive's speakers by every name and alias they go by. */
export interface RegistryIndex {
  find(name: string): Speaker | undefined
  /** The one person in the registry with this surname, if exactly one has it. */
  findSurname(surname: string): Speaker | undefined
}

export function registryIndex(speakers: readonly Speaker[]): RegistryIndex {
  const bySurname = new Map<string, Speaker | null>()
  for (const speaker of speakers) {
    const surname = speaker.kind === 'person' ? surnameKey(speaker.name) : ''
    if (surname) bySurname.set(surname, bySurname.has(surname) ? null : speaker)
  }
  return {
    find: speakerFinder(speakers),
    findSurname: (surname) => bySurname.get(nameKey(surname)) ?? undefined,
  }
}
