// `BENCH_ENTRY=tests/bench/importSpeed.ts node tests/bench/run.mjs [3400,6800,13600,27200]`: how fast a .docx and a web page of that many
// paragraphs are read into an article body (the import worker's work), in paragraphs per second.
// Prints a Markdown table for docs/performance.md; no test times this.
import { paragraphsDocx } from '../support/craftedDocx'
import { readDocx } from '../../src-main/notebook/import/readDocx'
import { readHtml } from '../../src-main/notebook/import/readHtml'

const DEFAULT_COUNTS = [3_400, 6_800, 13_600, 27_200]

function page(count: number): string {
  const paragraphs = Array.from(
    { length: count },
    (_, i) => `<p>Paragraph ${i + 1} of the long report.</p>`,
  )
  return `<!doctype html><html><head><title>Report</title></head><body>${paragraphs.join('')}</body></html>`
}

async function seconds(read: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now()
  await read()
  return (performance.now() - start) / 1000
}

export async function main(args: string[]): Promise<void> {
  const counts = args[0] ? args[0].split(',').map(Number) : DEFAULT_COUNTS
  // Once untimed, so that loading mammoth and jsdom is not counted.
  await readDocx(Buffer.from(await paragraphsDocx(10)), { kind: 'file', name: 'warm.docx' })
  console.log('| paragraphs | .docx | paragraphs/s | web page | paragraphs/s |')
  console.log('| ---------: | ----: | -----------: | -------: | -----------: |')
  for (const count of counts) {
    const docx = Buffer.from(await paragraphsDocx(count))
    const html = page(count)
    const docxSeconds = await seconds(() => readDocx(docx, { kind: 'file', name: 'report.docx' }))
    const htmlSeconds = await seconds(() => readHtml(html))
    const rate = (s: number) => Math.round(count / s).toLocaleString('en')
    console.log(
      `| ${count.toLocaleString('en')} | ${docxSeconds.toFixed(1)} s | ${rate(docxSeconds)} | ${htmlSeconds.toFixed(1)} s | ${rate(htmlSeconds)} |`,
    )
  }
}
