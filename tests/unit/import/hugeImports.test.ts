import { describe, expect, test } from 'vitest'
import { MAX_HTML_DEPTH } from '../../../src-main/notebook/import/limitHtmlNesting'
import { readImport } from '../../../src-main/notebook/import/readImport'
import { docFromJSON } from '../../../src-main/shared/document'
import { StancemarkError } from '../../../src-main/shared/errors'
import { jsonDepth } from '../../../src-main/shared/jsonDepth'
import type { DocJSON } from '../../../src-main/shared/model'
import { plainText } from '../../../src-main/shared/plainText'
import { paragraphsDocx } from '../../support/craftedDocx'
import { open } from '../../support/tempArchive'

const file = (name: string, contents: string) => ({
  file: { name, base64: Buffer.from(contents).toString('base64') },
  meta: {},
})
const textOf = (body: DocJSON) => plainText(docFromJSON(body)).text

async function refusal(name: string, contents: string): Promise<StancemarkError> {
  const error = await readImport(file(name, contents)).then(
    () => undefined,
    (thrown: unknown) => thrown,
  )
  if (!(error instanceof StancemarkError))
    throw new Error(`expected a refusal, got ${String(error)}`)
  return error
}

const paragraphs = Array.from(
  { length: 10_000 },
  (_, i) => `Paragraph ${i + 1} of the long report.`,
)
const oneLine = `${'word '.repeat(209_715)}end` // 1 MB on a single line

describe('a 10,000-paragraph article', () => {
  test.each([
    ['report.txt', paragraphs.join('\n\n')],
    ['report.md', paragraphs.join('\n\n')],
    ['report.html', paragraphs.map((p) => `<p>${p}</p>`).join('\n')],
  ])(
    'imports from %s with every paragraph, and exports',
    async (name, contents) => {
      const { notebook } = await open()
      const article = await notebook.importArticle(file(name, contents))
      const body = article.body as DocJSON
      expect(body.content).toHaveLength(10_000)
      expect(textOf(body)).toContain('Paragraph 10000 of the long report.')
      const exported = await notebook.exportArticle(article.id, 'markdown')
      expect(exported.content).toContain('title: report')
    },
    60_000,
  )
})

test('a .docx of 40,000 paragraphs imports with every paragraph, as a web page of as many does', async () => {
  // Word's paragraphs were cleaned at a cost that grew with their square: 13,600 took 26 s.
  const { notebook } = await open()
  const bytes = await paragraphsDocx(40_000)
  const article = await notebook.importArticle({
    file: { name: 'report.docx', base64: Buffer.from(bytes).toString('base64') },
    meta: {},
  })
  const body = article.body as DocJSON
  expect(body.content).toHaveLength(40_000)
  expect(textOf(body).split('\n\n').at(-1)).toBe('Paragraph 40000 of the long report.')
}, 180_000)

describe('a 1 MB single line', () => {
  test.each([
    ['line.txt', oneLine],
    ['line.md', oneLine],
    ['line.html', `<p>${oneLine}</p>`],
  ])(
    'imports from %s as one paragraph',
    async (name, contents) => {
      const read = await readImport(file(name, contents))
      expect(read.body.content).toHaveLength(1)
      expect(textOf(read.body)).toHaveLength(oneLine.length)
    },
    60_000,
  )
})

describe('deeply nested HTML', () => {
  test('5,000 nested divs import with their text, nested no deeper than the limit', async () => {
    const html = `<p>Opening words.</p>${'<div>'.repeat(5000)}The words at the bottom.${'</div>'.repeat(5000)}`
    const read = await readImport(file('divs.html', html))
    expect(textOf(read.body)).toBe('Opening words.\n\nThe words at the bottom.')
  }, 60_000)

  test('5,000 nested quotes import with their text, flattened below the limit', async () => {
    const { notebook } = await open()
    const html = `<p>Opening words.</p>${'<blockquote>'.repeat(5000)}<p>Deep words.</p>${'</blockquote>'.repeat(5000)}`
    const article = await notebook.importArticle(file('quotes.html', html))
    expect(textOf(article.body as DocJSON)).toBe('Opening words.\n\nDeep words.')
    expect(jsonDepth(article.body)).toBeLessThan(2 * MAX_HTML_DEPTH + 10)
    await notebook.exportArticle(article.id, 'markdown')
  }, 60_000)

  test('50,000 nested elements are refused, saying why', async () => {
    const html = `<p>Opening.</p>${'<div><span>'.repeat(25_000)}x`
    const error = await refusal('abyss.html', html)
    expect(error.code).toBe('too-large')
    expect(error.message).toBe(
      '“abyss.html” nests its elements more than 10,000 levels deep, far more than any web page; Stancemark cannot read it. Save it as text (.txt) and import that.',
    )
  })
})

describe('deeply nested Markdown', () => {
  test.each([
    ['quotes', `Opening.\n\n${'>'.repeat(5000)} deep\n`],
    ['lists', `Opening.\n\n${'- '.repeat(2000)}deep\n`],
    [
      'indented lists',
      `Opening.\n\n${Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n')}\n`,
    ],
  ])('%s nested thousands deep are refused, saying why', async (_kind, markdown) => {
    const error = await refusal('deep.md', markdown)
    expect(error.code).toBe('too-large')
    expect(error.message).toBe(
      '“deep.md” puts quotes or lists more than 100 levels inside each other, far more than any article; Stancemark cannot read it. Import it as a .txt file instead.',
    )
  })

  test('emphasis nested 5,000 deep is refused before the parser takes minutes on it', async () => {
    const error = await refusal('stars.md', `${'*a '.repeat(5000)}x${' a*'.repeat(5000)}`)
    expect(error.code).toBe('too-large')
    expect(error.message).toContain('more than 5,000 *, _, [ or ] marks')
  })

  test('quotes 20 deep, as a long e-mail thread has them, still import', async () => {
    const read = await readImport(file('thread.md', `${'> '.repeat(20)}The first message.\n`))
    expect(textOf(read.body)).toBe('The first message.')
  })
})

test('a file over 20 MB is refused through the archive, saying its size and the limit', async () => {
  const { notebook } = await open()
  const before = await notebook.listArticles({ offset: 0, limit: 10 })
  const big = 'x'.repeat(21 * 1024 * 1024)
  const error = await Promise.resolve(notebook.importArticle(file('huge.txt', big))).catch(
    (thrown: unknown) => thrown,
  )
  expect(error).toBeInstanceOf(StancemarkError)
  expect((error as StancemarkError).message).toBe(
    '“huge.txt” is too large to import: it is 21.0 MB, and Stancemark reads files up to 20 MB.',
  )
  expect((await notebook.listArticles({ offset: 0, limit: 10 })).total).toBe(before.total)
})
