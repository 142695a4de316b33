import type { SuggestedFrom } from '../../shared/model'
import type { Catalog } from '../storage/catalog'
import { findSpeakerByName } from '../registry/speakers'

/**
 * What a statement keeps of the suggestion it was accepted from: as given, with the registry
 * speaker going by the suggested name when the rules named none (made just now when new).
 */
export function suggestedFrom(
  catalog: Catalog,
  from: SuggestedFrom | undefined,
): SuggestedFrom | undefined {
  if (!from) return undefined
  return { ...from, speakerId: from.speakerId ?? findSpeakerByName(catalog, from.speakerName)?.id }
}
