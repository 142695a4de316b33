import { crc32, createDeflate, createDeflateRaw } from 'node:zlib'
import { Zip, type ZipInputFile } from 'fflate'

// Crafted .docx and PDF files for tests, made in the test: zlib packs the text a chunk at a time,
// so a file that unpacks to hundreds of MB is made without holding them.

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`
const DOCUMENT_START = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`
const DOCUMENT_END = '</w:body></w:document>'

/** A Word paragraph of plain text. */
export const wordParagraph = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`

/** The text, packed with zlib (`raw`: without zlib's header, as in a zip), with its size and CRC. */
async function packed(chunks: Iterable<string | Buffer>, raw: boolean) {
  const deflate = raw ? createDeflateRaw({ level: 9 }) : createDeflate({ level: 9 })
  const out: Buffer[] = []
  deflate.on('data', (chunk: Buffer) => out.push(chunk))
  const ended = new Promise((resolve, reject) => deflate.on('end', resolve).on('error', reject))
  let size = 0
  let crc = 0
  for (const text of chunks) {
    const bytes = typeof text === 'string' ? Buffer.from(text) : text
    size += bytes.length
    crc = crc32(bytes, crc)
    if (!deflate.write(bytes)) await new Promise((resolve) => deflate.once('drain', resolve))
  }
  deflate.end()
  await ended
  return { bytes: Buffer.concat(out), size, crc }
}

/**
 * A .zip whose entries are packed from the given text; `declared` sets the size an entry says it
 * unpacks to, true or not.
 */
export async function craftedZip(
  entries: Record<string, Iterable<string | Buffer>>,
  declared: Record<string, number> = {},
): Promise<Uint8Array> {
  const parts: Uint8Array[] = []
  const zip = new Zip((error, chunk) => {
    if (error) throw error
    parts.push(chunk)
  })
  for (const [filename, chunks] of Object.entries(entries)) {
    const { bytes, size, crc } = await packed(chunks, true)
    const file: ZipInputFile = { filename, compression: 8, size: declared[filename] ?? size, crc }
    zip.add(file)
    file.ondata!(null, bytes, true)
  }
  zip.end()
  return Buffer.concat(parts)
}

/** `count` times `text`, as chunks of about a megabyte. */
export function* repeated(text: string, count: number): Generator<string> {
  const perChunk = Math.max(1, Math.floor(2 ** 20 / text.length))
  for (let done = 0; done < count; done += perChunk)
    yield text.repeat(Math.min(perChunk, count - done))
}

/**
 * A .docx whose document.xml holds the given body (WordprocessingML, in chunks);
 * `declaredDocumentBytes` is the size its document.xml says it unpacks to.
 */
export function craftedDocx(
  body: Iterable<string>,
  declaredDocumentBytes?: number,
): Promise<Uint8Array> {
  return craftedZip(
    {
      '[Content_Types].xml': [CONTENT_TYPES],
      '_rels/.rels': [RELS],
      'word/document.xml': (function* () {
        yield DOCUMENT_START
        yield* body
        yield DOCUMENT_END
      })(),
    },
    declaredDocumentBytes === undefined ? {} : { 'word/document.xml': declaredDocumentBytes },
  )
}

/** `count` paragraphs of a report, numbered, as a .docx. */
export function paragraphsDocx(count: number): Promise<Uint8Array> {
  return craftedDocx(
    (function* () {
      for (let start = 0; start < count; start += 1000) {
        let chunk = ''
        for (let i = start; i < Math.min(count, start + 1000); i++)
          chunk += wordParagraph(`Paragraph ${i + 1} of the long report.`)
        yield chunk
      }
    })(),
  )
}

/** A page content stream of PDF operators, packed with zlib as a PDF's FlateDecode has it. */
export async function flateStream(chunks: Iterable<string>): Promise<Buffer> {
  return (await packed(chunks, false)).bytes
}
