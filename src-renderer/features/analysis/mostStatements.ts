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

/** A pair a picture can draw: a speaker's statements on a position. */
export interface Pair {
  speakerId: string
  positionId: string
  total: number
}

/**
 * `limit` positions for the `speakerIds` (most statements first), so that a picture's speakers
 * and positions meet: each speaker in turn brings the position they said most about, then each
 * their second, and so on (ties by all its statements, then its order here). The positions with
 * most statements overall are often the few top speakers' and leave the other rows empty. With
 * 'keep order', in the order given.
 */
export function mostSaidAbout<T extends { id: string; total: number }>(
  positions: T[],
  pairs: Pair[],
  speakerIds: string[],
  limit: number,
  order?: 'keep order',
): T[] {
  const rank = new Map(positions.map((entry, index) => [entry.id, { entry, index }]))
  const said = new Map<string, Pair[]>(speakerIds.map((id) => [id, []]))
  for (const pair of pairs) if (rank.has(pair.positionId)) said.get(pair.speakerId)?.push(pair)
  const turns = [...said.values()].map((theirs) =>
    theirs.sort(
      (a, b) =>
        b.total - a.total ||
        rank.get(b.positionId)!.entry.total - rank.get(a.positionId)!.entry.total ||
        rank.get(a.positionId)!.index - rank.get(b.positionId)!.index,
    ),
  )
  const chosen = new Set<string>()
  for (let turn = 0; chosen.size < limit && turns.some((theirs) => turn < theirs.length); turn++)
    for (const theirs of turns) {
      if (chosen.size === limit) break
      const pair = theirs[turn]
      if (pair) chosen.add(pair.positionId)
    }
  const picked = [...chosen].map((id) => rank.get(id)!)
  if (order === 'keep order') picked.sort((a, b) => a.index - b.index)
  return picked.map(({ entry }) => entry)
}

/** How many of a picture's speakers or positions it has room for, of how many there are. */
export interface Shown {
  shown: number
  of: number
}

/**
 * What a picture leaves out, in the analyst's words ('' when it shows everything). `chosen`
 * says how its positions were chosen: by their statements, or each speaker's (mostSaidAbout).
 */
export function leftOut(
  speakers: Shown,
  positions: Shown,
  chosen: 'most statements' | 'each speaker’s' = 'most statements',
): string {
  const some = ({ shown, of }: Shown, what: string) =>
    shown < of ? `the ${shown.toLocaleString()} ${what} (of ${of.toLocaleString()})` : ''
  const fewerSpeakers = some(speakers, 'speakers with most statements')
  const fewerPositions = some(
    positions,
    chosen === 'most statements'
      ? 'positions with most statements'
      : `positions ${fewerSpeakers ? 'they' : 'the speakers'} each spoke most about`,
  )
  const showing = [fewerSpeakers, fewerPositions].filter(Boolean).join(' and ')
  return showing && `Showing ${showing}. Choose a speaker or position above to see the others.`
}
