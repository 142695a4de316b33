import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'
import iconv from 'iconv-lite'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import { describe, expect, test } from 'vitest'
import { docFromJSON } from '../../../src-main/shared/document'
import { StancemarkError } from '../../../src-main/shared/errors'
import { Article } from '../../../src-main/shared/model'
import { plainText } from '../../../src-main/shared/plainText'
import { open } from '../../support/tempArchive'

const textOf = (article: Article) => plainText(docFromJSON(article.body)).text

async function importFile(name: string, bytes: Uint8Array | string) {
  const { notebook } = await open()
  const base64 = Buffer.from(bytes).toString('base64')
  return Article.parse(await notebook.importArticle({ file: { name, base64 }, meta: {} }))
}

async function refusal(name: string, bytes: Uint8Array | string): Promise<StancemarkError> {
  const error = await importFile(name, bytes).then(
    () => undefined,
    (thrown: unknown) => thrown,
  )
  if (!(error instanceof StancemarkError))
    throw new Error(`expected a refusal, got ${String(error)}`)
  return error
}

/** A Word document as an analyst saves one: a title, a heading, two paragraphs. */
async function wordDocument(): Promise<Buffer> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Talks resume in Zürich', heading: HeadingLevel.TITLE }),
          new Paragraph({
            children: [
              new TextRun('The mediators met on Tuesday. '),
              new TextRun({ text: 'Nobody', bold: true }),
              new TextRun(' expected a breakthrough.'),
            ],
          }),
          new Paragraph({ text: 'What comes next', heading: HeadingLevel.HEADING_2 }),
          new Paragraph('Müller said the façade of unity would hold “for now”.'),
        ],
      },
    ],
  })
  return Packer.toBuffer(document)
}

/** A one-page PDF: two paragraphs of wrapped lines, a word hyphenated at a line's end. */
async function pdfDocument(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  pdf.setTitle('Talks resume in Zürich')
  pdf.setAuthor('Anna Keller')
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  const page = pdf.addPage([595, 842])
  const lines: [string, number][] = [
    ['The mediators met on Tuesday in Zürich for', 760],
    ['a third round of negoti-', 746],
    ['ations about the ceasefire.', 732],
    ['Müller said the façade of unity would', 700],
    ['hold, at a cost of 5 € a day.', 686],
    ['2', 40],
  ]
  for (const [text, y] of lines) page.drawText(text, { x: 72, y, size: 11, font })
  return pdf.save()
}

describe('importing a Word document', () => {
  test('keeps its paragraphs, headings and bold words, and takes the title from it', async () => {
    const article = await importFile('talks.docx', await wordDocument())
    expect(article.meta.title).toBe('Talks resume in Zürich')
    expect(textOf(article)).toBe(
      'The mediators met on Tuesday. Nobody expected a breakthrough.\n\nWhat comes next\n\nMüller said the façade of unity would hold “for now”.',
    )
    expect(article.body.content?.map((node) => node.type)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
    ])
    const bold = article.body.content?.[0].content?.find((node) => node.marks?.length)
    expect(bold).toEqual({ type: 'text', text: 'Nobody', marks: [{ type: 'bold' }] })
    expect(article.origin.name).toBe('talks.docx')
  })

  test('a damaged Word document is refused, saying so', async () => {
    const bytes = await wordDocument()
    const error = await refusal('broken.docx', bytes.subarray(0, 600))
    expect(error.message).toBe(
      '“broken.docx” is not an article we can read: the Word document is damaged or is not a .docx file (older .doc files must be saved as .docx first).',
    )
  })
})

describe('importing a PDF', () => {
  test('rebuilds its paragraphs, joins the hyphenated word and takes title and author', async () => {
    const article = await importFile('talks.pdf', await pdfDocument())
    expect(textOf(article)).toBe(
      'The mediators met on Tuesday in Zürich for a third round of negotiations about the ceasefire.\n\nMüller said the façade of unity would hold, at a cost of 5 € a day.',
    )
    expect(article.meta.title).toBe('Talks resume in Zürich')
    expect(article.meta.authors).toEqual(['Anna Keller'])
  })

  test('a sentence running onto the next page stays one paragraph; page numbers are left out', async () => {
    const pdf = await PDFDocument.create()
    const font = await pdf.embedFont(StandardFonts.Helvetica)
    const pages: [string, number][][] = [
      [
        ['Observers were cautious.', 760],
        ['The envoy said the talks would', 720],
        ['1', 40],
      ],
      [
        ['continue next week in Geneva.', 760],
        ['Page 2 of 2', 40],
      ],
    ]
    for (const lines of pages) {
      const page = pdf.addPage([595, 842])
      for (const [text, y] of lines) page.drawText(text, { x: 72, y, size: 11, font })
    }
    const article = await importFile('envoy.pdf', await pdf.save())
    expect(textOf(article)).toBe(
      'Observers were cautious.\n\nThe envoy said the talks would continue next week in Geneva.',
    )
  })

  test('a PDF with no text on its pages is refused, saying what to do', async () => {
    const pdf = await PDFDocument.create()
    pdf.addPage([595, 842])
    const error = await refusal('scan.pdf', await pdf.save())
    expect(error.message).toBe(
      '“scan.pdf” is not an article we can read: the PDF has no text in it, only images (perhaps scanned pages). Run text recognition (OCR) on it first.',
    )
  })

  test('a damaged PDF is refused', async () => {
    const error = await refusal('broken.pdf', '%PDF-1.7\n1 0 obj\n<< /Type /Catalog')
    expect(error.message).toBe(
      '“broken.pdf” is not an article we can read: the PDF is damaged and could not be opened.',
    )
  })
})

describe('importing a web page saved from a browser', () => {
  const page = (head: string, body = '<article><p>The mediators met on Tuesday.</p></article>') =>
    `<!doctype html><html><head>${head}</head><body>${body}</body></html>`

  test('takes title, site name, author and published time from Open Graph and article meta', async () => {
    const article = await importFile(
      'talks.html',
      page(`<title>Talks resume | The Courier</title>
        <meta property="og:title" content="Talks resume">
        <meta property="og:site_name" content="The Courier">
        <meta name="author" content="Anna Keller">
        <meta property="article:published_time" content="2023-04-26T09:30:00+02:00">
        <link rel="canonical" href="https://courier.example/talks">`),
    )
    expect(article.meta).toMatchObject({
      title: 'Talks resume',
      source: 'The Courier',
      authors: ['Anna Keller'],
      published: '2023-04-26',
      url: 'https://courier.example/talks',
    })
  })

  test("takes the published date and author from the page's JSON-LD NewsArticle", async () => {
    const jsonLd = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Talks resume',
      datePublished: '2024-02-29T18:00:00Z',
      author: [{ '@type': 'Person', name: 'Anna Keller' }],
      publisher: { '@type': 'Organization', name: 'The Courier' },
    }
    const article = await importFile(
      'talks.html',
      page(`<title>Talks resume</title>
        <script type="application/ld+json">${JSON.stringify(jsonLd)}</script>`),
    )
    expect(article.meta).toMatchObject({
      title: 'Talks resume',
      source: 'The Courier',
      authors: ['Anna Keller'],
      published: '2024-02-29',
    })
  })

  test('takes the date from a <time> element and a parsely date when there is nothing else', async () => {
    const withTime = await importFile(
      'a.html',
      page(
        '<title>Talks</title>',
        '<article><p>By <span>Anna Keller</span></p><time datetime="2022-11-03">3 November</time><p>The mediators met on Tuesday.</p></article>',
      ),
    )
    expect(withTime.meta.published).toBe('2022-11-03')
    const withParsely = await importFile(
      'b.html',
      page('<title>Talks</title><meta name="parsely-pub-date" content="2021-06-15T08:00:00Z">'),
    )
    expect(withParsely.meta.published).toBe('2021-06-15')
  })
})

describe('importing plain text in the encoding it was saved in', () => {
  const french = 'Le café était très chaud, déjà vu à Noël.\n\nOù est la gare ? Ça coûte cher.'

  test.each([
    ['UTF-8', Buffer.from(french, 'utf8'), french],
    [
      'UTF-8 with a BOM',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(french)]),
      french,
    ],
    ['UTF-16 LE with a BOM', iconv.encode(french, 'utf-16le', { addBOM: true }), french],
    ['UTF-16 BE with a BOM', iconv.encode(french, 'utf-16be', { addBOM: true }), french],
    ['ISO-8859-1', iconv.encode(french, 'iso-8859-1'), french],
    [
      'Windows-1252',
      iconv.encode('Der Preis stieg – „so teuer“, sagte Müller – um 5 €.', 'windows-1252'),
      'Der Preis stieg – „so teuer“, sagte Müller – um 5 €.',
    ],
    [
      'ISO-8859-15',
      iconv.encode('Le prix est de 5 € pour un œuf et un cœur, déjà vu à Noël.', 'iso-8859-15'),
      'Le prix est de 5 € pour un œuf et un cœur, déjà vu à Noël.',
    ],
  ])('%s reads as its text', async (_encoding, bytes, expected) => {
    const article = await importFile('note.txt', bytes)
    expect(textOf(article)).toBe(expected)
  })

  test('a binary file named .txt is refused as binary, not read as text', async () => {
    // Every byte but NUL (which alone would give it away), in a scrambled order.
    const bytes = Buffer.from(Array.from({ length: 2550 }, (_, i) => ((i * 97) % 255) + 1))
    const error = await refusal('data.txt', bytes)
    expect(error.message).toBe(
      '“data.txt” is not an article we can read: it looks like a binary file, not text, and its encoding could not be recognised. Save it as UTF-8 text and try again.',
    )
  })
})
