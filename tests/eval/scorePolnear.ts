import { nameKey, surnameKey } from '../../src-main/shared/nameKey'
import type { StatementSuggestion } from '../../src-main/shared/suggestion'
import type { Fragments, GoldAttribution, PolnearArticle } from './polnear'

export interface PolnearCounts {
  articles: number
  suggested: number
  /** Suggestions paired one to one with an attribution's content. */
  correct: number
  /** Suggestions that cover some attribution's content, paired or not (a quote continued). */
  covering: number
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
 * a part of the source ("Hillary Clinton" in "Democratic nominee Hillary Clinton", "Clinton"
 * for it too), the owner of a campaign or an office ("Trump" for "Trump's campaign"), or the
 * full name for a surname the article introduced in full before.
 */
export function sameSpeaker(text: string, gold: GoldAttribution, suggested: string): boolean {
  const want = words(nameKey(suggested)).join(' ')
  if (!want) return false
  for (const part of gold.source.split(/,|\(|\)|—|–/)) {
    // "Sen. Tom Carper of Delaware", "Ms. Leon who works as a secretary": the name before.
    const segment = part.replace(/\s(of|who|from|at|in|with|for)\s.*$/u, '')
    const owner = /^(.*?)[’']s?\s+([^A-Z]*)$/u.exec(segment.trim())
    if (owner && nameKey(owner[1]) === want) return true
    const have = words(nameKey(segment))
    const count = want.split(' ').length
    const before = have[have.length - count - 1] ?? ''
    // "sources close to Trump" are not Trump.
    if (have.slice(-count).join(' ') === want && !LINKS.has(before)) return true
    // "Mr. Rhodes" after "Benjamin J. Rhodes": the surname of a name the article gave in full.
    const surname = surnameKey(suggested)
    if (surname && have.slice(-surname.split(' ').length).join(' ') === surname) {
      const introduced = text.indexOf(suggested)
      if (introduced >= 0 && introduced <= gold.sourceAt) return true
    }
  }
  return false
}

/** Pairs suggestions with attributions one to one, best overlap first, and counts what matched. */
export function scorePolnear(
  article: PolnearArticle,
  suggestions: readonly StatementSuggestion[],
): PolnearScored {
  const gold = article.attributions
  const candidates: { g: number; s: number; ratio: number }[] = []
  gold.forEach((g, gi) =>
    suggestions.forEach((s, si) => {
      const ratio = shorterOverlap(g.content, s.anchor)
      if (ratio >= 0.5) candidates.push({ g: gi, s: si, ratio })
    }),
  )
  candidates.sort(
    (a, b) => b.ratio - a.ratio || Number(gold[b.g].saying) - Number(gold[a.g].saying),
  )
  const usedGold = new Set<number>()
  const usedSuggestions = new Set<number>()
  const pairs: PolnearScored['pairs'] = []
  for (const { g, s } of candidates) {
    if (usedGold.has(g) || usedSuggestions.has(s)) continue
    usedGold.add(g)
    usedSuggestions.add(s)
    const suggestion = suggestions[s]
    const speakerRight = sameSpeaker(article.text, gold[g], suggestion.speaker.name)
    pairs.push({ gold: gold[g], suggestion, speakerRight })
  }
  const named = pairs.filter((p) => p.gold.named)
  // A suggestion is right when it covers some attribution's content, even one already paired.
  const correct = suggestions.filter((s) =>
    gold.some((g) => shorterOverlap(g.content, s.anchor) >= 0.5),
  )
  return {
    counts: {
      articles: 1,
      suggested: suggestions.length,
      correct: pairs.length,
      covering: correct.length,
      gold: gold.length,
      goldMatched: pairs.length,
      saying: gold.filter((g) => g.saying).length,
      sayingMatched: pairs.filter((p) => p.gold.saying).length,
      named: named.length,
      namedRight: named.filter((p) => p.speakerRight).length,
    },
    pairs,
    missed: gold.filter((_, i) => !usedGold.has(i)),
    extra: suggestions.filter((_, i) => !usedSuggestions.has(i)),
  }
}

export function addPolnearCounts(all: readonly PolnearCounts[]): PolnearCounts {
  const total: PolnearCounts = {
    articles: 0,
    suggested: 0,
    correct: 0,
    covering: 0,
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
