import type { PolnearRun } from './polnearReport'
import type { Counts } from './scoreSuggestions'

export interface OwnFigures {
  articles: number
  counts: Counts
  medianMs: number
}

const f2 = (a: number, b: number) => (b === 0 ? '–' : (a / b).toFixed(3))
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r))

/**
 * The project's own set beside PolNeAR's development split and the published anchors, as a
 * Markdown table (docs/suggestions.md keeps the last one).
 */
export function sideBySide(own: OwnFigures, dev: PolnearRun | undefined): string {
  const o = own.counts
  const d = dev?.counts
  const oP = o.spans / o.suggested
  const oR = o.spans / o.gold
  const dP = d ? d.correct / d.suggested : 0
  const dR = d ? d.sayingMatched / d.saying : 0
  const na = '–'
  const rows: [string, string, string, string, string][] = [
    ['articles', String(own.articles), String(d?.articles ?? na), na, na],
    ['attributions (of saying)', String(o.gold), d ? `${d.gold} (${d.saying})` : na, na, na],
    ['suggested', String(o.suggested), d ? String(d.suggested) : na, na, na],
    [
      'content precision',
      f2(o.spans, o.suggested),
      d ? f2(d.correct, d.suggested) : na,
      na,
      '≥ 0.90',
    ],
    [
      'content precision, whole contents',
      f2(o.spans, o.suggested),
      d ? f2(d.wholeCorrect, d.suggested) : na,
      na,
      na,
    ],
    [
      'content recall, saying',
      f2(o.spans, o.gold),
      d ? f2(d.sayingMatched, d.saying) : na,
      na,
      '≥ 0.85',
    ],
    [
      'content F1, saying',
      f1(oP, oR).toFixed(3),
      d ? f1(dP, dR).toFixed(3) : na,
      'GGT quotes 0.837 · Citron quote spans 0.832',
      '≥ 0.87',
    ],
    [
      'content recall, all attributions',
      f2(o.spans, o.gold),
      d ? f2(d.goldMatched, d.gold) : na,
      na,
      na,
    ],
    [
      'speaker right (named source)',
      f2(o.speakers, o.spans),
      d ? `${f2(d.namedRight, d.named)} of ${d.named}` : na,
      'Citron source P 0.929 / R 0.733',
      '≥ 0.93',
    ],
    [
      'speaker P / R (own set)',
      `${f2(o.speakers, o.suggested)} / ${f2(o.speakers, o.gold)}`,
      na,
      na,
      '≥ 0.95 / 0.95',
    ],
    [
      'median ms per article',
      own.medianMs.toFixed(1),
      dev ? dev.medianMs.toFixed(1) : na,
      na,
      '< 50',
    ],
  ]
  const lines = [
    '| | own set | PolNeAR dev | published anchors | target |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((cells) => `| ${cells.join(' | ')} |`),
  ]
  return lines.join('\n')
}
