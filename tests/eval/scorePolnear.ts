import { nameKey, surnameKey } from '../../src-main/shared/nameKey'
import type { StatementSuggestion } from '../../src-main/shared/suggestion'
import type { Fragments, GoldAttribution, PolnearArticle } from './polnear'

export interface PolnearCounts {
  articles: number
  suggested: number
  /** Suggestions paired one to one with a piece of an attribution's content. */
  correct: number
  /** Suggestions paired one to one with a whole content: the stricter count. */
  wholeCorrect: number
  gold: number
  goldMatched: number
  saying: number
  sayingMatched: number
  /** Matched attributions whose source is a name, and of those how many got the right speaker. */
  named: number
  namedRight: number
}

export interface PolnearScored {
  counts: PolnearCounts
  pairs: { gold: GoldAttribution; suggestion: StatementSuggestion; speakerRight: boolean }[]
  missed: GoldAttribution[]
  extra: StatementSuggestion[]
}

const length = (f: Fragments) => f.parts.reduce((sum, p) => sum + p.end - p.start, 0)

/** Shared characters over the shorter of the two spans: ≥ 0.5 counts as the same content. */
export function shorterOverlap(gold: Fragments, span: { start: number; end: number }): number {
  const shared = gold.parts.reduce(
    (sum, p) => sum + Math.max(0, Math.min(p.end, span.end) - Math.max(p.start, span.start)),
    0,
  )
  const shorter = Math.min(length(gold), span.end - span.start)
  return shorter > 0 ? shared / shorter : 0
}

const LINKS = new Set('to of at for with from in by near among about'.split(' '))
const words = (key: string) => key.split(' ').filter(Boolean)

/**
 * Whether a suggested speaker names the gold source, by the shared name keys: the name that heads
 * a part of the source ("Ada Roth" in "Democratic nominee Ada Roth", "Roth"
 * for it too), the owner of a campaign or an office ("Roth" for "Roth's campaign"), or the
 * full name for a surname the article introduced in full before.
 */
export function sameSpeaker(text: string, gold: GoldAttribution, suggested: string): boolean {
  const want = words(nameKey(suggested)).join(' ')
  if (!want) return false
  const parts = gold.source.split(/,|\(|\)|—|–/)
  // "Sen. Ola Brenn of Vermont", "Ms. Falk who works as a clerk": the name before, too.
  const cut = parts.map((part) => part.replace(/\s(of|who|from|at|in|with|for)\s.*$/u, ''))
  for (const segment of [...parts, ...cut]) {
    const owner = /^(.*?)[’']s?\s+([^A-Z]*)$/u.exec(segment.trim())
    if (owner && nameKey(owner[1]) === want) return true
    const have = words(nameKey(segment))
    const count = want.split(' ').length
    const before = have[have.length - count - 1] ?? ''
    // "sources close to Roth" are not Roth.
    if (have.slice(-count).join(' ') === want && !LINKS.has(before)) return true
    // "Mr. Dahl" after "Rolf J. Dahl": the surname of a name the article gave in full.
    const surname = surnameKey(suggested)
    if (surname && have.slice(-surname.split(' ').length).join(' ') === surname) {
      const introduced = text.indexOf(suggested)
      if (introduced >= 0 && introduced <= gold.sourceAt) return true
    }
  }
  return false
}

interface Unit {
  attribution: number
  span: Fragments
}

/** One to one, best overlap first: which suggestion each unit of gold is paired with. */
function pairUp(units: readonly Unit[], suggestions: readonly StatementSuggestion[]) {
  const candidates: { u: number; s: number; ratio: number }[] = []
  units.forEach((unit, u) =>
    suggestions.forEach((suggestion, s) => {
      const ratio = shorterOverlap(unit.span, suggestion.anchor)
      if (ratio >= 0.5) candidates.push({ u, s, ratio })
    }),
  )
  candidates.sort((a, b) => b.ratio - a.ratio || a.u - b.u)
  const usedUnits = new Set<number>()
  const usedSuggestions = new Set<number>()
  const pairs: { attribution: number; suggestion: number }[] = []
  for (const { u, s } of candidates) {
    if (usedUnits.has(u) || usedSuggestions.has(s)) continue
    usedUnits.add(u)
    usedSuggestions.add(s)
    pairs.push({ attribution: units[u].attribution, suggestion: s })
  }
  return pairs
}

/**
 * Pairs suggestions one to one with the pieces of the attributions' contents ("“A,” he said.
 * “B.”" is one content of two pieces: a suggestion for each is right), best overlap first.
 * `wholeCorrect` pairs with whole contents instead, the stricter count.
 */
export function scorePolnear(
  article: PolnearArticle,
  suggestions: readonly StatementSuggestion[],
): PolnearScored {
  const gold = article.attributions
  const pieces = gold.flatMap((g, attribution) =>
    g.content.parts.map((part) => ({ attribution, span: { parts: [part] } })),
  )
  const pairedPieces = pairUp(pieces, suggestions)
  const whole = pairUp(
    gold.map((g, attribution) => ({ attribution, span: g.content })),
    suggestions,
  )
  const pairs: PolnearScored['pairs'] = []
  const seen = new Set<number>()
  for (const { attribution, suggestion } of pairedPieces) {
    if (seen.has(attribution)) continue
    seen.add(attribution)
    const found = suggestions[suggestion]
    const speakerRight = sameSpeaker(article.text, gold[attribution], found.speaker.name)
    pairs.push({ gold: gold[attribution], suggestion: found, speakerRight })
  }
  const used = new Set(pairedPieces.map((p) => p.suggestion))
  const named = pairs.filter((p) => p.gold.named)
  return {
    counts: {
      articles: 1,
      suggested: suggestions.length,
      correct: used.size,
      wholeCorrect: whole.length,
      gold: gold.length,
      goldMatched: pairs.length,
      saying: gold.filter((g) => g.saying).length,
      sayingMatched: pairs.filter((p) => p.gold.saying).length,
      named: named.length,
      namedRight: named.filter((p) => p.speakerRight).length,
    },
    pairs,
    missed: gold.filter((_, i) => !seen.has(i)),
    extra: suggestions.filter((_, i) => !used.has(i)),
  }
}

export function addPolnearCounts(all: readonly PolnearCounts[]): PolnearCounts {
  const total: PolnearCounts = {
    articles: 0,
    suggested: 0,
    correct: 0,
    wholeCorrect: 0,
    gold: 0,
    goldMatched: 0,
    saying: 0,
    sayingMatched: 0,
    named: 0,
    namedRight: 0,
  }
  for (const counts of all)
    for (const key of Object.keys(total) as (keyof PolnearCounts)[]) total[key] += counts[key]
  return total
}
