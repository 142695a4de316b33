import { performance } from 'node:perf_hooks'
import { suggestStatements } from '../../src-main/notebook/suggest/suggestStatements'
import type { StatementSuggestion } from '../../src-main/shared/suggestion'
import type { GoldAttribution, PolnearArticle } from './polnear'
import {
  addPolnearCounts,
  scorePolnear,
  shorterOverlap,
  type PolnearCounts,
  type PolnearScored,
} from './scorePolnear'

export interface PolnearRun {
  counts: PolnearCounts
  medianMs: number
  results: { article: PolnearArticle; scored: PolnearScored }[]
}

/** Suggests over every article (no registry: nothing known beforehand) and scores each. */
export function runPolnear(articles: readonly PolnearArticle[]): PolnearRun {
  const times: number[] = []
  const results: PolnearRun['results'] = []
  for (const article of articles) suggestStatements(article.text, { registry: [] })
  for (const article of articles) {
    const started = performance.now()
    const suggestions = suggestStatements(article.text, { registry: [] })
    times.push(performance.now() - started)
    results.push({ article, scored: scorePolnear(article, suggestions) })
  }
  times.sort((a, b) => a - b)
  return {
    counts: addPolnearCounts(results.map((r) => r.scored.counts)),
    medianMs: times[Math.floor(times.length / 2)] ?? 0,
    results,
  }
}

const out = (line = '') => process.stdout.write(`${line}\n`)
const oneLine = (text: string, max = 160) => {
  const flat = text.replace(/\s+/g, ' ')
  return flat.length > max ? `${flat.slice(0, max)}…` : flat
}

function contentText(text: string, gold: GoldAttribution): string {
  return gold.content.parts.map((p) => text.slice(p.start, p.end)).join(' … ')
}

function byCount<T>(items: readonly T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>()
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item])
  return [...groups].sort((a, b) => b[1].length - a[1].length)
}

/** Why a saying attribution was missed: nothing near it, or a suggestion over part of it. */
function missKind(gold: GoldAttribution, suggestions: StatementSuggestion[]) {
  const touching = suggestions.find((s) => shorterOverlap(gold.content, s.anchor) > 0)
  if (touching) return 'boundary'
  const cue = gold.cue.toLowerCase().replace(/\s+/g, ' ').trim()
  return `cue "${cue}"`
}

/** What the rules miss or get wrong on the training split, by kind, for working on them. */
export function printTraining(run: PolnearRun, examples: number): void {
  const missed: { article: PolnearArticle; gold: GoldAttribution; kind: string }[] = []
  const extra: { article: PolnearArticle; suggestion: StatementSuggestion }[] = []
  const wrong: { article: PolnearArticle; gold: GoldAttribution; said: string }[] = []
  for (const { article, scored } of run.results) {
    const all = [...scored.pairs.map((p) => p.suggestion), ...scored.extra]
    for (const gold of scored.missed.filter((g) => g.saying))
      missed.push({ article, gold, kind: missKind(gold, all) })
    for (const suggestion of scored.extra) extra.push({ article, suggestion })
    for (const pair of scored.pairs)
      if (pair.gold.named && !pair.speakerRight)
        wrong.push({ article, gold: pair.gold, said: pair.suggestion.speaker.name })
  }
  out(`\nMISSED attributions of saying (${missed.length}), by kind:`)
  for (const [kind, items] of byCount(missed, (m) => m.kind).slice(0, 40)) {
    out(`  ${String(items.length).padStart(4)}  ${kind}`)
    for (const { article, gold } of items.slice(0, examples))
      out(
        `          ${article.name.slice(0, 24)} | ${oneLine(gold.source, 40)} | ${oneLine(contentText(article.text, gold))}`,
      )
  }
  out(`\nEXTRA suggestions matching no attribution (${extra.length}), by rule:`)
  for (const [rule, items] of byCount(extra, (e) => e.suggestion.rule)) {
    out(`  ${String(items.length).padStart(4)}  ${rule}`)
    for (const { article, suggestion } of items.slice(0, examples))
      out(
        `          ${article.name.slice(0, 24)} | ${suggestion.speaker.name} | ${suggestion.cue} | ${oneLine(suggestion.anchor.exact)}`,
      )
  }
  out(`\nWRONG speaker where the source is a name (${wrong.length}):`)
  for (const { article, gold, said } of wrong.slice(0, examples * 10))
    out(`          ${article.name.slice(0, 24)} | said ${said} | gold ${oneLine(gold.source, 60)}`)
}
