import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openNotebook } from '../../src-main/notebook/notebook'
import { fuzzyAnnotations } from '../support/fuzzyAnnotations'
import { timeRuns, type Timing } from './timing'

const resourcesDir = join(import.meta.dirname, '..', '..', 'resources')
/** The case: 2,000 annotations, none placed by its exact words, on one article. */
export const ANNOTATIONS = 2000

/**
 * `importAnnotations` of 2,000 annotations quoting an earlier copy of the text (one letter changed
 * in each), onto a fresh copy of the article each run, through the Notebook service.
 */
export async function benchAnnotations(
  runs: number,
): Promise<{ characters: number; timing: Timing }> {
  const dir = await mkdtemp(join(tmpdir(), 'stancemark-bench-annotations-'))
  const notebook = await openNotebook({ archiveDir: dir, resourcesDir })
  try {
    const { text, json } = fuzzyAnnotations(ANNOTATIONS)
    const articles: string[] = []
    for (let run = 0; run < runs; run++)
      articles.push(
        (
          await notebook.importArticle({
            text: `${text}\n\n${run}`,
            meta: { title: `Copy ${run}` },
          })
        ).id,
      )
    const timing = await timeRuns(runs, async (run) => {
      const report = await notebook.importAnnotations(articles[run], json)
      if (report.placed !== ANNOTATIONS)
        throw new Error(`placed ${report.placed} of ${ANNOTATIONS}`)
    })
    return { characters: text.length, timing }
  } finally {
    await notebook.close()
    await rm(dir, { recursive: true, force: true })
  }
}
