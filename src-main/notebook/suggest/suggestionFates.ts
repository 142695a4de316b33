import { docFromJSON } from '../../shared/document'
import type { Article, Speaker, Statement } from '../../shared/model'
import { nameKey } from '../../shared/nameKey'
import { statementSpans } from '../../shared/statementSpans'
import type { SuggestionFates } from '../../shared/suggestionQuality'

type Fate = 'asSuggested' | 'speakerCorrected' | 'spanCorrected' | 'bothCorrected' | 'rejected'

export const noFates = (): SuggestionFates => ({
  asSuggested: 0,
  speakerCorrected: 0,
  spanCorrected: 0,
  bothCorrected: 0,
  rejected: 0,
  total: 0,
})

/**
 * The fate of a statement accepted from a suggestion, told from the statement as it is now: its
 * words against the words suggested, its speaker against the one the suggestion named.
 */
function fateOf(
  statement: Statement,
  quote: string,
  speakers: Record<string, Speaker>,
): Exclude<Fate, 'rejected'> | undefined {
  const from = statement.suggested
  if (!from) return undefined
  const sameWords = quote === from.exact
  const speaker = statement.speakerId ? speakers[statement.speakerId] : undefined
  const sameSpeaker = from.speakerId
    ? statement.speakerId === from.speakerId
    : speaker !== undefined && nameKey(speaker.name) === nameKey(from.speakerName)
  if (sameWords) return sameSpeaker ? 'asSuggested' : 'speakerCorrected'
  return sameSpeaker ? 'spanCorrected' : 'bothCorrected'
}

/**
 * How the archive's suggestions fared, over everything and since `since` (ISO time): every
 * coder's statements accepted from one (consensus statements and conflict copies, which repeat
 * them, left out) and every rejection. A statement removed is no longer counted.
 */
export function suggestionFates(
  articles: Iterable<Article>,
  speakers: Record<string, Speaker>,
  since: string,
): { all: SuggestionFates; recent: SuggestionFates } {
  const all = noFates()
  const recent = noFates()
  const count = (fate: Fate, at: string | undefined) => {
    for (const fates of at !== undefined && at >= since ? [all, recent] : [all]) {
      fates[fate] += 1
      fates.total += 1
    }
  }
  for (const article of articles) {
    if (article.copyOf) continue
    for (const rejection of article.rejectedSuggestions ?? []) count('rejected', rejection.at)
    const accepted = Object.values(article.statements).filter((s) => s.suggested && !s.consensus)
    if (accepted.length === 0) continue
    const quotes = new Map(statementSpans(docFromJSON(article.body)).map((s) => [s.id, s.quote]))
    for (const statement of accepted) {
      const quote = quotes.get(statement.id)
      // A statement whose words are all gone from the text is not counted.
      const fate = quote === undefined ? undefined : fateOf(statement, quote, speakers)
      if (fate) count(fate, statement.createdAt)
    }
  }
  return { all, recent }
}
