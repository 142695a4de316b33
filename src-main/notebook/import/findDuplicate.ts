import type { ArticleSummary } from '../../shared/model'
import type { Archive } from '../storage/archive'

// Hashes of articles whose summaries predate `sha256`, read once from their files: an origin never changes.
const olderHashes = new WeakMap<Archive, Map<string, string>>()

/**
 * The article imported from the same bytes, by the SHA-256 its summary keeps; an article whose
 * summary is older than that field is read once to learn it. Articles in the trash do not count.
 */
export async function findDuplicate(
  archive: Archive,
  sha256: string,
): Promise<ArticleSummary | undefined> {
  const summaries = Object.values(archive.catalog.articles)
  const listed = summaries.find((summary) => summary.sha256 === sha256)
  if (listed) return listed
  let known = olderHashes.get(archive)
  if (!known) olderHashes.set(archive, (known = new Map()))
  for (const summary of summaries) {
    if (summary.sha256 !== undefined) continue
    let hash = known.get(summary.id)
    if (hash === undefined) {
      const article = await archive.readArticle(summary.id).catch(() => undefined)
      hash = article?.origin.sha256 ?? ''
      known.set(summary.id, hash)
    }
    if (hash === sha256) return summary
  }
  return undefined
}
