import type { StatementSuggestion } from '../../src-main/shared/suggestion'
import type { GoldSpeaker, GoldStatement } from './suggestionFixtures'

export interface GoldSpan extends GoldStatement {
  start: number
  end: number
}

export interface Counts {
  gold: number
  suggested: number
  spans: number
  speakers: number
  cues: number
  modes: number
  kinds: number
}

export interface Scored {
  counts: Counts
  pairs: { gold: GoldSpan; suggestion: StatementSuggestion }[]
  missed: GoldSpan[]
  extra: StatementSuggestion[]
}

/** Shared words over the longer of the two spans: ≥ 0.5 counts as the same statement. */
export function overlapRatio(a: { start: number; end: number }, b: { start: number; end: number }) {
  const shared = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))
  return shared / Math.max(a.end - a.start, b.end - b.start)
}

const fold = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/^(the|a|an) /, '')
    .replace(/\s+/g, ' ')
    .trim()

export function sameSpeaker(gold: GoldSpeaker, name: string): boolean {
  return [gold.name, ...(gold.aliases ?? [])].some((accepted) => fold(accepted) === fold(name))
}

/** Pairs suggestions with gold statements one to one, best overlap first, and counts agreement. */
export function scoreSuggestions(gold: GoldSpan[], suggestions: StatementSuggestion[]): Scored {
  const candidates: { g: number; s: number; ratio: number }[] = []
  gold.forEach((g, gi) =>
    suggestions.forEach((s, si) => {
      const ratio = overlapRatio(g, s.anchor)
      if (ratio >= 0.5) candidates.push({ g: gi, s: si, ratio })
    }),
  )
  candidates.sort((a, b) => b.ratio - a.ratio)
  const usedGold = new Set<number>()
  const usedSuggestions = new Set<number>()
  const pairs: Scored['pairs'] = []
  for (const { g, s } of candidates) {
    if (usedGold.has(g) || usedSuggestions.has(s)) continue
    usedGold.add(g)
    usedSuggestions.add(s)
    pairs.push({ gold: gold[g], suggestion: suggestions[s] })
  }
  const speakerRight = pairs.filter((p) => sameSpeaker(p.gold.speaker, p.suggestion.speaker.name))
  return {
    counts: {
      gold: gold.length,
      suggested: suggestions.length,
      spans: pairs.length,
      speakers: speakerRight.length,
      cues: pairs.filter((p) => fold(p.gold.cue) === fold(p.suggestion.cue)).length,
      modes: pairs.filter((p) => p.gold.mode === p.suggestion.mode).length,
      kinds: speakerRight.filter((p) => p.gold.speaker.kind === p.suggestion.speaker.kind).length,
    },
    pairs,
    missed: gold.filter((_, i) => !usedGold.has(i)),
    extra: suggestions.filter((_, i) => !usedSuggestions.has(i)),
  }
}

export function addCounts(all: Counts[]): Counts {
  const total: Counts = {
    gold: 0,
    suggested: 0,
    spans: 0,
    speakers: 0,
    cues: 0,
    modes: 0,
    kinds: 0,
  }
  for (const counts of all)
    for (const key of Object.keys(total) as (keyof Counts)[]) total[key] += counts[key]
  return total
}
