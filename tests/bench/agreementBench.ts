import {
  measureAgreement,
  type CodedArticle,
  type CodedStatement,
} from '../../src-main/notebook/agreement/measureAgreement'
import type { Stance } from '../../src-main/shared/model'
import { timeRuns, type Timing } from './timing'

/** The case: 1,000 articles coded by two coders, ~10 statements each. */
export const AGREEMENT_ARTICLES = 1000

const STANCES: Stance[] = ['supports', 'opposes', 'neutral']

/**
 * Two coders who mostly agree: the second shifts some boundaries, codes some speakers and stances
 * otherwise, and leaves out or adds the odd statement. Seeded, so every run measures the same.
 */
export function doubleCodedArticles(count: number, seed = 1): CodedArticle[] {
  let state = seed
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
  return Array.from({ length: count }, (_, a) => {
    const statements: CodedStatement[] = []
    for (let s = 0; s < 10; s++) {
      const start = s * 500 + Math.floor(random() * 100)
      const end = start + 80 + Math.floor(random() * 200)
      const speakerId = `speaker${Math.floor(random() * 50)}`
      const positionId = `position${Math.floor(random() * 30)}`
      const stance = STANCES[Math.floor(random() * 3)]
      statements.push({
        id: `${a}-${s}-a`,
        coderId: 'a',
        start,
        end,
        speakerId,
        positionId,
        stance,
      })
      if (random() < 0.1) continue
      const shift = random() < 0.3 ? Math.floor(random() * 20) : 0
      statements.push({
        id: `${a}-${s}-b`,
        coderId: 'b',
        start: start + shift,
        end: end - shift,
        speakerId: random() < 0.1 ? `speaker${Math.floor(random() * 50)}` : speakerId,
        positionId: random() < 0.2 ? `position${Math.floor(random() * 30)}` : positionId,
        stance: random() < 0.15 ? STANCES[Math.floor(random() * 3)] : stance,
      })
    }
    return { id: `article${a}`, length: 5000, statements }
  })
}

/** `measureAgreement` over the double-coded articles, the figures computed in full each run. */
export async function benchAgreement(runs: number): Promise<Timing> {
  const articles = doubleCodedArticles(AGREEMENT_ARTICLES)
  return timeRuns(runs, async () => {
    measureAgreement(articles, ['a', 'b'])
  })
}
