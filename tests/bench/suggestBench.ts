import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { openNotebook } from '../../src-main/notebook/notebook'
import { evaluationArticles, evaluationRegistry } from '../eval/suggestionFixtures'
import { timeRuns, type Timing } from './timing'

const resourcesDir = join(import.meta.dirname, '..', '..', 'resources')
/** The target: suggestions for a 2,000-word article in under 200 ms in the service. */
export const SUGGEST_TARGET = { words: 2000, medianMs: 200 }

/** The labelled articles one after another until the text has 2,000 words: a long wire story. */
function longArticleText(words: number): string {
  const paragraphs: string[] = []
  const wordCount = () => paragraphs.join(' ').split(/\s+/).length
  while (wordCount() < words)
    for (const article of evaluationArticles())
      if (wordCount() < words) paragraphs.push(article.text)
  return paragraphs.join('\n\n')
}

export interface SuggestMeasured {
  words: number
  suggestions: number
  /** The first call: compromise's lexicon and the registry index warm up. */
  firstMs: number
  timing: Timing
}

/**
 * `suggestStatements` on a 2,000-word article in a temp archive holding the evaluation's registry,
 * through the Notebook service as the app and the local API call it.
 */
export async function benchSuggestions(runs: number): Promise<SuggestMeasured> {
  const dir = await mkdtemp(join(tmpdir(), 'stancemark-bench-suggest-'))
  const notebook = await openNotebook({ archiveDir: dir, resourcesDir })
  try {
    for (const speaker of evaluationRegistry())
      await notebook.saveSpeaker({ ...speaker, notes: '' })
    const text = longArticleText(SUGGEST_TARGET.words)
    const { id } = await notebook.importArticle({ text, meta: { title: 'Long wire story' } })
    const started = performance.now()
    const suggestions = (await notebook.suggestStatements(id)).length
    const firstMs = performance.now() - started
    const timing = await timeRuns(runs, async () => notebook.suggestStatements(id))
    return { words: text.split(/\s+/).length, suggestions, firstMs, timing }
  } finally {
    await notebook.close()
    await rm(dir, { recursive: true, force: true })
  }
}

/** `BENCH_ENTRY=tests/bench/suggestBench.ts node tests/bench/run.mjs [--runs 30]` */
export async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { runs: { type: 'string', default: '30' } },
  })
  const { words, suggestions, firstMs, timing } = await benchSuggestions(Number(values.runs))
  const verdict = timing.median < SUGGEST_TARGET.medianMs ? 'PASS' : 'MISS'
  console.log(
    `suggestStatements, ${words} words, ${suggestions} suggestions: first ${firstMs.toFixed(0)} ms, ` +
      `then median ${timing.median.toFixed(1)} / p95 ${timing.p95.toFixed(1)} ms over ${timing.runs} runs ` +
      `(target median < ${SUGGEST_TARGET.medianMs} ms) ${verdict}`,
  )
}
