import type { ArticleMeta, DocJSON } from '../../shared/model'
import { checkPdfStreams } from './checkPdfStreams'
import { unreadable, type ImportSubject } from './importRefusal'
import { pdfParagraphs, type PdfTextRun } from './pdfParagraphs'

export interface ReadPdf {
  body: DocJSON
  meta: Partial<ArticleMeta>
}

/** pdf.js's text item, the fields we read of it (marked content items have no `str`). */
interface TextItem {
  str?: string
  transform?: number[]
  width?: number
  height?: number
}

function runOf(item: TextItem): PdfTextRun | undefined {
  if (typeof item.str !== 'string' || !item.transform) return undefined
  const [, , , scaleY, x, y] = item.transform
  return {
    text: item.str,
    x,
    y,
    width: item.width ?? 0,
    height: item.height || Math.abs(scaleY) || 1,
  }
}

function infoText(info: Record<string, unknown>, key: string): string | undefined {
  const value = info[key]
  return typeof value === 'string' && value.trim() ? value.trim() : undefined
}

/**
 * A PDF's text as paragraphs (see pdfParagraphs), and its title and author from the document's
 * info. pdf.js runs in this thread without a worker of its own; it loads no fonts and evaluates
 * nothing. A PDF of scanned pages has no text to find and is refused, as is one that cannot be
 * opened or whose streams unpack to too much (checkPdfStreams).
 */
export async function readPdf(bytes: Buffer, subject: ImportSubject): Promise<ReadPdf> {
  checkPdfStreams(bytes, subject)
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    useWorkerFetch: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  })
  try {
    let document
    try {
      document = await task.promise
    } catch (error) {
      const locked = error instanceof Error && error.name === 'PasswordException'
      throw unreadable(
        'invalid',
        subject,
        locked
          ? 'the PDF is protected by a password. Open it, save a copy without the password, and import that.'
          : 'the PDF is damaged and could not be opened.',
      )
    }
    const pages: PdfTextRun[][] = []
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number)
      const content = await page.getTextContent()
      pages.push(
        (content.items as TextItem[])
          .map(runOf)
          .filter((run): run is PdfTextRun => run !== undefined),
      )
      page.cleanup()
    }
    const paragraphs = pdfParagraphs(pages)
    if (paragraphs.length === 0) {
      throw unreadable(
        'invalid',
        subject,
        'the PDF has no text in it, only images (perhaps scanned pages). Run text recognition (OCR) on it first.',
      )
    }
    const info = (await document.getMetadata()).info as Record<string, unknown>
    const meta: Partial<ArticleMeta> = {}
    const title = infoText(info, 'Title')
    const author = infoText(info, 'Author')
    if (title) meta.title = title
    if (author) meta.authors = [author]
    const body: DocJSON = {
      type: 'doc',
      content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
    }
    return { body, meta }
  } finally {
    await task.destroy()
  }
}
