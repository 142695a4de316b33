/**
 * The `limit` entries with most statements (ties by their order here), most first — or, with
 * 'keep order', in the order given (e.g. the codebook's).
 */
export function mostStatements<T extends { total: number }>(
  entries: T[],
  limit: number,
  order?: 'keep order',
): T[] {
  const ranked = entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => b.entry.total - a.entry.total || a.index - b.index)
    .slice(0, limit)
  if (order === 'keep order') ranked.sort((a, b) => a.index - b.index)
  return ranked.map(({ entry }) => entry)
}
