import type { Catalog } from '../storage/catalog'

/** The ids named in `used` and every entry above them (a speaker's organisation, a parent). */
function withAbove<T>(
  entries: Record<string, T>,
  used: Iterable<string>,
  above: (entry: T) => string | undefined,
): Set<string> {
  const found = new Set<string>()
  for (let id of used) {
    while (!found.has(id)) {
      found.add(id)
      const up = entries[id] && above(entries[id])
      if (!up) break
      id = up
    }
  }
  return found
}

/**
 * Whether the archive holds nothing of the analyst's: no article but the sample, and no speaker
 * or position the sample does not use (one made by hand, a codebook begun). Only such an archive
 * may take a team's in its place; any other is merged with it.
 */
export function onlySample(catalog: Catalog): boolean {
  const summaries = Object.values(catalog.articles)
  if (!summaries.every((summary) => summary.sample)) return false
  const speakers = withAbove(
    catalog.speakers,
    summaries.flatMap((summary) => summary.speakerIds),
    (speaker) => speaker.affiliationId,
  )
  const positions = withAbove(
    catalog.positions,
    summaries.flatMap((summary) => summary.positionIds),
    (position) => position.parentId,
  )
  return (
    Object.keys(catalog.speakers).every((id) => speakers.has(id)) &&
    Object.keys(catalog.positions).every((id) => positions.has(id))
  )
}
