import stem from 'wink-porter2-stemmer'
import { foldText } from '../../shared/nameKey'

/** Stems kept for words met again; an archive's vocabulary is far smaller than its words. */
const KEPT = 200_000
const stems = new Map<string, string>()

/**
 * A word as the search index keeps it and a search compares it: folded (case, accents), then
 * stemmed as English (Snowball's Porter2), so that "negotiate", "negotiations" and "negotiating"
 * find each other. Stemming is slow beside a look-up, hence the kept stems.
 */
export function searchTerm(word: string): string {
  const folded = foldText(word)
  let stemmed = stems.get(folded)
  if (stemmed === undefined) {
    stemmed = stem(folded)
    if (stems.size >= KEPT) stems.clear()
    stems.set(folded, stemmed)
  }
  return stemmed
}
