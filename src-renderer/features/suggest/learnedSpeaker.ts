import type { Speaker } from '../../../src-main/shared/model'
import { nameKey } from '../../../src-main/shared/nameKey'

/**
 * The speaker the analyst chose, with the name a suggestion proposed for them as one more alias;
 * undefined when the speaker already goes by that name (ignoring case, accents and spelling variants).
 */
export function learnedSpeaker(chosen: Speaker, proposedName: string): Speaker | undefined {
  const name = proposedName.replace(/\s+/g, ' ').trim()
  const key = nameKey(name)
  if (!key || [chosen.name, ...chosen.aliases].some((known) => nameKey(known) === key))
    return undefined
  return { ...chosen, aliases: [...chosen.aliases, name] }
}
