import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { expect, test } from 'vitest'
import { openNotebook, type Notebook } from '../../src-main/notebook/notebook'
import { suggestStatements } from '../../src-main/notebook/suggest/suggestStatements'
import { docFromJSON } from '../../src-main/shared/document'
import { DocJSONSchema } from '../../src-main/shared/model'
import { plainText } from '../../src-main/shared/plainText'
import {
  addCounts,
  sameSpeaker,
  scoreSuggestions,
  type Counts,
  type GoldSpan,
  type Scored,
} from './scoreSuggestions'
import { polnearArticles } from './polnear'
import { printTraining, runPolnear } from './polnearReport'
import { sideBySide, type OwnFigures } from './sideBySide'
import {
  evaluationArticles,
  evaluationRegistry,
  type EvaluationArticle,
} from './suggestionFixtures'

const resourcesDir = join(import.meta.dirname, '..', '..', 'resources')
/** `SUGGEST_EVAL_VERBOSE=1` lists what went wrong in the development articles; `=all` in every one. */
const verbose = process.env.SUGGEST_EVAL_VERBOSE ?? ''
/** `SUGGEST_EVAL_TRAIN=1` (or a number of examples per kind) lists PolNeAR training misses by kind. */
const training = process.env.SUGGEST_EVAL_TRAIN ?? ''
const out = (line = '') => process.stdout.write(`${line}\n`)
const ratio = (a: number, b: number) => (b === 0 ? '   – ' : (a / b).toFixed(2).padStart(5))

function row(label: string, c: Counts): string {
  return [
    label.padEnd(36),
    String(c.gold).padStart(4),
    String(c.suggested).padStart(5),
    ' │',
    ratio(c.spans, c.suggested),
    ratio(c.spans, c.gold),
    ' │',
    ratio(c.speakers, c.suggested),
    ratio(c.speakers, c.gold),
    ' │',
    ratio(c.cues, c.suggested),
    ratio(c.cues, c.gold),
    ' │',
    ratio(c.modes, c.spans),
    ratio(c.kinds, c.speakers),
  ].join(' ')
}

async function importArticle(notebook: Notebook, article: EvaluationArticle) {
  const imported = await notebook.importArticle({
    text: article.text,
    meta: { title: article.title },
  })
  const text = plainText(docFromJSON(DocJSONSchema.parse(imported.body))).text
  const gold: GoldSpan[] = article.statements.map((statement) => {
    const start = text.indexOf(statement.exact)
    if (start < 0 || text.indexOf(statement.exact, start + 1) >= 0)
      throw new Error(`${article.slug}: gold span must occur once: ${statement.exact}`)
    return { ...statement, start, end: start + statement.exact.length }
  })
  return { id: imported.id, gold }
}

function details(slug: string, scored: Scored): void {
  for (const gold of scored.missed)
    out(`  ${slug} MISSED   ${gold.speaker.name} | ${gold.cue} | ${gold.exact}`)
  for (const s of scored.extra)
    out(`  ${slug} EXTRA    ${s.speaker.name} | ${s.cue} | ${s.rule} | ${s.anchor.exact}`)
  for (const { gold, suggestion } of scored.pairs) {
    const wrong = [
      !sameSpeaker(gold.speaker, suggestion.speaker.name) &&
        `speaker ${suggestion.speaker.name} ≠ ${gold.speaker.name}`,
      gold.cue !== suggestion.cue && `cue ${suggestion.cue} ≠ ${gold.cue}`,
      gold.mode !== suggestion.mode && `mode ${suggestion.mode} ≠ ${gold.mode}`,
    ].filter(Boolean)
    if (wrong.length) out(`  ${slug} WRONG    ${wrong.join('; ')} | ${gold.exact.slice(0, 50)}`)
  }
}

test('statement suggestions against the labelled articles', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'stancemark-eval-'))
  const notebook = await openNotebook({ archiveDir: dir, resourcesDir })
  try {
    for (const speaker of evaluationRegistry())
      await notebook.saveSpeaker({ ...speaker, notes: '' })
    const articles = evaluationArticles()
    const results: { article: EvaluationArticle; scored: Scored }[] = []
    for (const article of articles) {
      const { id, gold } = await importArticle(notebook, article)
      const scored = scoreSuggestions(gold, await notebook.suggestStatements(id))
      results.push({ article, scored })
    }
    out()
    out(
      `${'article'.padEnd(36)} gold  sugg  │ span P  R    │ speaker P R  │ cue P   R    │ mode  kind`,
    )
    for (const { article, scored } of results)
      out(row(`${article.slug}${article.heldOut ? ' *' : ''}`, scored.counts))
    const development = addCounts(
      results.filter((r) => !r.article.heldOut).map((r) => r.scored.counts),
    )
    const heldOut = addCounts(results.filter((r) => r.article.heldOut).map((r) => r.scored.counts))
    const all = addCounts(results.map((r) => r.scored.counts))
    out()
    out(row('development articles', development))
    out(row('held-out articles (*)', heldOut))
    out(row('overall', all))
    out()
    out(
      'P = precision, R = recall; a span matches when the shared words are ≥ 50% of the longer span.',
    )
    out(
      'Speaker and cue count only on matched spans; mode and kind are accuracies on those matches.',
    )
    const precision = all.speakers / all.suggested
    const recall = all.speakers / all.gold
    out(
      `Speaker attribution overall: precision ${precision.toFixed(2)} (target ≥ 0.90), recall ${recall.toFixed(2)} (target ≥ 0.85).`,
    )
    for (const { article, scored } of results)
      if (verbose === 'all' || (verbose === '1' && !article.heldOut)) details(article.slug, scored)

    const paragraphs: string[] = []
    for (const article of articles)
      if (paragraphs.join(' ').split(/\s+/).length < 2000) paragraphs.push(article.text)
    const long = await notebook.importArticle({
      text: paragraphs.join('\n\n'),
      meta: { title: 'The evaluation articles, one after another' },
    })
    const words = plainText(docFromJSON(DocJSONSchema.parse(long.body))).text.split(/\s+/).length
    const started = performance.now()
    await notebook.suggestStatements(long.id)
    const cold = performance.now() - started
    const times: number[] = []
    for (let i = 0; i < 7; i++) {
      const t = performance.now()
      await notebook.suggestStatements(long.id)
      times.push(performance.now() - t)
    }
    times.sort((a, b) => a - b)
    out(
      `Speed: ${words} words, first call ${cold.toFixed(0)} ms, then median ${times[3].toFixed(0)} ms (target < 200 ms).`,
    )
    out()

    const ownTimes: number[] = []
    for (const { article } of results) {
      const t = performance.now()
      suggestStatements(article.text, { registry: [] })
      ownTimes.push(performance.now() - t)
    }
    ownTimes.sort((a, b) => a - b)
    const own: OwnFigures = {
      articles: results.length,
      counts: all,
      medianMs: ownTimes[Math.floor(ownTimes.length / 2)],
    }
    const dev = polnearArticles('dev')
    if (!dev) out('PolNeAR is not at ../shared/corpora/polnear: its columns are left out.')
    out(sideBySide(own, dev && runPolnear(dev)))
    const train = training && polnearArticles('train')
    if (train) printTraining(runPolnear(train), Number(training) || 3)
    out()
    expect(all.gold).toBeGreaterThan(0)
  } finally {
    await notebook.close()
    await rm(dir, { recursive: true, force: true })
  }
})
