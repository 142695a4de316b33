import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib'
import { expect, test } from 'vitest'
import { StancemarkError } from '../../../src-main/shared/errors'
import {
  craftedDocx,
  flateStream,
  paragraphsDocx,
  repeated,
  wordParagraph,
} from '../../support/craftedDocx'
import { open } from '../../support/tempArchive'

// Files that unpack to far more than they weigh. They are made here, in the test, never kept.

const MB = 1024 * 1024
/** The most memory this process has held at once, in bytes (threads included). */
const peakMemory = () => process.resourceUsage().maxRSS * 1024

/**
 * A notebook that has imported a small .docx already, so that what its readers take to load is
 * not counted against the file being tried.
 */
async function warmNotebook() {
  const { notebook } = await open()
  await notebook.importArticle({
    file: { name: 'small.docx', base64: Buffer.from(await paragraphsDocx(3)).toString('base64') },
    meta: {},
  })
  return notebook
}

/** What importing the file answers, checked to be a refusal that added no article. */
async function refusal(name: string, bytes: Uint8Array): Promise<StancemarkError> {
  const notebook = await warmNotebook()
  const before = (await notebook.listArticles({ offset: 0, limit: 10 })).total
  const memoryBefore = peakMemory()
  const error = await Promise.resolve(
    notebook.importArticle({
      file: { name, base64: Buffer.from(bytes).toString('base64') },
      meta: {},
    }),
  ).then(
    () => undefined,
    (thrown: unknown) => thrown,
  )
  if (!(error instanceof StancemarkError))
    throw new Error(`expected a refusal, got ${String(error)}`)
  expect((await notebook.listArticles({ offset: 0, limit: 10 })).total).toBe(before)
  // Unpacked, the crafted files' text alone would take hundreds of MB.
  expect(peakMemory() - memoryBefore).toBeLessThan(200 * MB)
  return error
}

const TOO_MUCH_TEXT = (name: string) =>
  `“${name}” unpacks to more than 10 MB of text, more than Stancemark takes in one article; split it into smaller documents and import each.`

test('a .docx of 600 MB of text in one paragraph, packed into under 1 MB, is refused before it is unpacked', async () => {
  const bytes = await craftedDocx([
    '<w:p><w:r><w:t>',
    ...repeated('a', 600 * MB),
    '</w:t></w:r></w:p>',
  ])
  expect(bytes.length).toBeLessThan(MB)
  const error = await refusal('bomb.docx', bytes)
  expect(error.code).toBe('too-large')
  expect(error.message).toBe(TOO_MUCH_TEXT('bomb.docx'))
}, 120_000)

test('a .docx that says it holds 1 KB of text but unpacks to 600 MB is refused once unpacking passes the limit', async () => {
  const bytes = await craftedDocx(
    ['<w:p><w:r><w:t>', ...repeated('a', 600 * MB), '</w:t></w:r></w:p>'],
    1024,
  )
  const error = await refusal('liar.docx', bytes)
  expect(error.message).toBe(TOO_MUCH_TEXT('liar.docx'))
}, 120_000)

test('a .docx of 12 MB of short paragraphs is refused, saying to split it', async () => {
  const bytes = await craftedDocx(repeated(wordParagraph('The talks went on.'), 240_000))
  const error = await refusal('long.docx', bytes)
  expect(error.message).toBe(TOO_MUCH_TEXT('long.docx'))
}, 60_000)

/** A PDF whose page's content stream unpacks to 600 MB, its dictionary with `extra` entries. */
async function pdfBomb(extra: (pdf: PDFDocument) => Record<string, unknown> = () => ({})) {
  const pdf = await PDFDocument.create()
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  const page = pdf.addPage([595, 842])
  page.drawText('The talks went on.', { x: 72, y: 760, size: 11, font })
  const contents = await flateStream(['BT /F1 11 Tf 72 700 Td ', ...repeated(' ', 600 * MB), ' ET'])
  const stream = pdf.context.stream(contents, {
    Filter: 'FlateDecode',
    Length: contents.length,
    ...extra(pdf),
  })
  page.node.set(PDFName.of('Contents'), pdf.context.register(stream))
  return pdf.save({ useObjectStreams: false })
}

const PDF_TOO_LARGE = (name: string) =>
  `“${name}” unpacks to more than 256 MB, more than Stancemark takes in one article; split it into smaller files and import each.`

test('a PDF whose page unpacks to 600 MB is refused before pdf.js reads it', async () => {
  const error = await refusal('bomb.pdf', await pdfBomb())
  expect(error.code).toBe('too-large')
  expect(error.message).toBe(PDF_TOO_LARGE('bomb.pdf'))
}, 120_000)

test('a PDF bomb that calls itself an image, names its filter indirectly or hides it in a long dictionary is refused too', async () => {
  const disguises = {
    'image.pdf': () => ({ Subtype: 'Image' }),
    'indirect.pdf': (pdf: PDFDocument) => ({
      Filter: pdf.context.register(PDFName.of('FlateDecode')),
    }),
    'long.pdf': () => ({ Padding: 'x'.repeat(80_000) }),
  }
  for (const [name, extra] of Object.entries(disguises)) {
    const error = await refusal(name, await pdfBomb(extra))
    expect(error.message).toBe(PDF_TOO_LARGE(name))
  }
}, 300_000)
