import { createHash } from 'node:crypto'
import { docFromJSON } from '../../shared/document'
import { StancemarkError } from '../../shared/errors'
import { jsonDepth } from '../../shared/jsonDepth'
import { MAX_DOC_JSON_DEPTH, type ArticleMeta, type DocJSON } from '../../shared/model'
import { pastedTitle, sameTitle } from '../../shared/pastedTitle'
import { plainText } from '../../shared/plainText'
import { binaryKind } from './binaryKind'
import { decodeText } from './decodeText'
import { dropTitleHeading } from './dropTitleHeading'
import { fileBytes } from './fileBytes'
import { importFormat, type ImportFormat } from './importFormat'
import { checkMarkdownNesting } from './checkMarkdownNesting'
import { importRefusal, READABLE_FORMATS, unreadable, type ImportSubject } from './importRefusal'
import { checkImportSize } from './checkImportSize'
import { mergeMeta } from './mergeMeta'
import { pastedTextHash } from './pastedTextHash'
import { pruneEmptyBlocks } from './pruneEmptyBlocks'
import { readMarkdown } from './readMarkdown'
import { readPdf } from './readPdf'
import { textToDoc } from './textToDoc'

export interface ReadImport {
  body: DocJSON
  meta: Partial<ArticleMeta>
  origin: { kind: 'paste' | 'file'; name: string; sha256: string }
}

export interface ImportSource {
  /** Pasted text. */
  text?: string
  /** A file's name and its bytes in base64. */
  file?: { name: string; base64: string }
  /** Meta the analyst gave; it wins over meta found in the file. */
  meta: Partial<ArticleMeta>
  /** Pasted text: whether its first line is its title (see `ImportInput`). */
  firstLineIsTitle?: boolean
}

interface Read {
  origin: ReadImport['origin']
  body: DocJSON
  meta: Partial<ArticleMeta>
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

/** Pasted text as an article: its title taken from its first line, which then leaves the text. */
function readPaste(text: string, input: ImportSource): Read {
  const subject: ImportSubject = { kind: 'paste', name: 'pasted text' }
  checkImportSize(Buffer.byteLength(text, 'utf8'), subject)
  const body = textToDoc(text)
  const blocks = body.content ?? []
  const found = pastedTitle(blocks.map((block) => block.content?.[0]?.text ?? ''))
  const given = input.meta.title?.trim()
  const titleLeaves =
    found?.firstLine &&
    (input.firstLineIsTitle ?? (given ? sameTitle(given, found.title) : found.headline))
  return {
    origin: { ...subject, sha256: pastedTextHash(text) },
    body: titleLeaves ? { ...body, content: blocks.slice(1) } : body,
    meta: found ? { title: found.title } : {},
  }
}

// Files whose bytes say what they are, whatever their name: a PDF, a Word document.
const BINARY_FORMATS: Record<string, 'pdf' | 'docx'> = {
  'a PDF document': 'pdf',
  'a Word document': 'docx',
}

function formatOf(bytes: Buffer, subject: ImportSubject): ImportFormat {
  const kind = binaryKind(bytes)
  if (kind && BINARY_FORMATS[kind]) return BINARY_FORMATS[kind]
  if (kind)
    throw unreadable('unsupported-format', subject, `it looks like ${kind}. ${READABLE_FORMATS}`)
  const format = importFormat(subject)
  if (format === 'pdf' || format === 'docx') {
    const named = format === 'pdf' ? 'a PDF document' : 'a Word document'
    throw unreadable('invalid', subject, `its name says ${named}, but it holds text, not ${named}.`)
  }
  return format
}

async function readFile(file: { name: string; base64: string }): Promise<Read> {
  // Only the file's own name: a path would tell the archive about the analyst's disk.
  const subject: ImportSubject = { kind: 'file', name: file.name.split(/[\\/]/).pop() || file.name }
  const bytes = fileBytes(file.base64, subject)
  const format = formatOf(bytes, subject)
  const origin = { ...subject, sha256: sha256(bytes) }
  if (format === 'pdf') return { origin, ...(await readPdf(bytes, subject)) }
  // The Word and web page readers bring mammoth, jsdom and linkedom (~100 MB in memory):
  // loaded the first time the analyst imports such a file, not with the app.
  if (format === 'docx') {
    const { readDocx } = await import('./readDocx')
    return { origin, ...(await readDocx(bytes, subject)) }
  }
  const text = decodeText(bytes, subject)
  const html =
    format === 'html' &&
    (await Promise.all([import('./readHtml'), import('./limitHtmlNesting')]).then(
      ([{ readHtml }, { limitHtmlNesting }]) => ({ readHtml, limitHtmlNesting }),
    ))
  try {
    if (format === 'markdown') {
      checkMarkdownNesting(text, subject)
      return { origin, ...readMarkdown(text) }
    }
    if (html) return { origin, ...html.readHtml(html.limitHtmlNesting(text, subject)) }
  } catch (error) {
    // The stack ran out: structure nested deeper than the checks above foresaw.
    if (error instanceof RangeError) throw tooDeep(subject)
    throw error
  }
  return { origin, body: textToDoc(text), meta: {} }
}

function tooDeep(subject: ImportSubject): StancemarkError {
  return importRefusal(
    'too-large',
    subject,
    'nests its text too deeply (quotes or lists inside each other) for Stancemark to read. Import it as a .txt file instead.',
  )
}

function checkBody(body: DocJSON, subject: ImportSubject): void {
  const noText = () => importRefusal('invalid', subject, 'has no text we could find.')
  if (!body.content || body.content.length === 0) throw noText()
  if (jsonDepth(body, MAX_DOC_JSON_DEPTH) > MAX_DOC_JSON_DEPTH) throw tooDeep(subject)
  let text: string
  try {
    text = plainText(docFromJSON(body)).text
  } catch {
    throw importRefusal(
      'internal',
      subject,
      'could not be turned into an article. This is a bug in Stancemark.',
    )
  }
  if (text.trim() === '') throw noText()
}

/**
 * Reads pasted text or a file (.txt, .md, .html, .docx, .pdf) into an article body and the meta found in it,
 * the analyst's meta winning field by field. Anything that cannot become an article is refused
 * with a StancemarkError whose message names the file and what is wrong with it.
 */
export async function readImport(input: ImportSource): Promise<ReadImport> {
  if ((input.text === undefined) === (input.file === undefined)) {
    throw new StancemarkError('invalid', 'An import takes either pasted text or a file.')
  }
  const read = input.file ? await readFile(input.file) : readPaste(input.text ?? '', input)
  const meta = mergeMeta(read.meta, input.meta)
  const body = dropTitleHeading(pruneEmptyBlocks(read.body), meta.title)
  checkBody(body, read.origin)
  return { body, meta, origin: read.origin }
}
