import { matchName, typedName } from '../../src-main/shared/nameKey'

/** Something found by its label or another name (a speaker by an alias). */
interface Named {
  label: string
  aliases?: string[]
  /** A name (a speaker's): found by other spellings, its surname and near misses too. */
  isName?: boolean
}

/**
 * The options whose label or an alias matches `query` (case and accents aside), best first: a
 * name that starts with it, then one with a word that does ("brenn" finds Anton Brenn before
 * Obrenn), then any that holds it; for names, then another spelling or the surname ("Zelensky"
 * finds Volodymyr Zelenskiy), then a near miss, closest first; otherwise in the options' order,
 * all of them for an empty query.
 */
export function matchOptions<T extends Named>(options: readonly T[], query: string): T[] {
  const typed = typedName(query)
  if (!typed.folded) return [...options]
  const found: { option: T; rank: number }[] = []
  for (const option of options) {
    let best: number | undefined
    for (const name of [option.label, ...(option.aliases ?? [])]) {
      const matched = matchName(name, typed, option.isName === true)
      // Near misses rank among themselves by how many slips away they are.
      const rank = matched && matched.match + matched.edits / 10
      if (rank !== undefined && (best === undefined || rank < best)) best = rank
    }
    if (best !== undefined) found.push({ option, rank: best })
  }
  return found.sort((a, b) => a.rank - b.rank).map(({ option }) => option)
}
