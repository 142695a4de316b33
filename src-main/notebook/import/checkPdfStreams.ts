import { Unzlib } from 'fflate'
import { importRefusal, type ImportSubject } from './importRefusal'

const MB = 1024 * 1024

/**
 * The most a PDF's pages, fonts and other streams pdf.js unpacks to read its text may come to.
 * A long report's are a few MB; a font for Chinese or Japanese can be 20.
 */
export const MAX_PDF_STREAM_BYTES = 64 * MB

/** Packed bytes unpacked at a time, so that counting stops a stream within ~16 MB of the limit. */
const SLICE_BYTES = 16 * 1024
/** How far back from `stream` a stream's dictionary may begin. */
const MAX_DICTIONARY_CHARS = 64 * 1024

/**
 * The dictionary that ends just before `at` (a `stream` keyword, after white space), found by
 * counting `>>` and `<<` back from there; undefined when there is none.
 */
function dictionaryBefore(text: string, at: number): string | undefined {
  let end = at
  while (end > 0 && /\s/.test(text[end - 1])) end--
  if (!text.endsWith('>>', end)) return undefined
  let depth = 0
  for (let from = end - 2; from >= 0 && from > end - MAX_DICTIONARY_CHARS; from--) {
    if (text.startsWith('>>', from)) depth++
    else if (!text.startsWith('<<', from)) continue
    else if (--depth === 0) return text.slice(from, end)
    from--
  }
  return undefined
}

/** How many bytes a FlateDecode stream unpacks to, counted up to `limit`. */
function unpackedSize(packed: Uint8Array, limit: number): number {
  let size = 0
  let ended = false
  const unzlib = new Unzlib((chunk, final) => {
    size += chunk.length
    ended ||= final
  })
  try {
    for (let at = 0; at < packed.length && !ended && size <= limit; at += SLICE_BYTES)
      unzlib.push(packed.subarray(at, at + SLICE_BYTES), at + SLICE_BYTES >= packed.length)
  } catch {
    // Damaged, or encrypted (then pdf.js decrypts first): what was unpacked counts.
  }
  return size
}

/**
 * Refuses a PDF whose FlateDecode streams unpack to more than MAX_PDF_STREAM_BYTES, counting as
 * it unpacks them and stopping at the limit; nothing it unpacks is kept. Images are left out:
 * reading text never unpacks them.
 */
export function checkPdfStreams(pdf: Uint8Array, subject: ImportSubject): void {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1')
  let total = 0
  let at = text.indexOf('stream')
  while (at >= 0) {
    const dictionary = text.startsWith('end', at - 3) ? undefined : dictionaryBefore(text, at)
    const start = at + 'stream'.length + (text.startsWith('\r\n', at + 6) ? 2 : 1)
    const end = dictionary ? text.indexOf('endstream', start) : -1
    if (
      dictionary &&
      /\/(FlateDecode|Fl)\b/.test(dictionary) &&
      !/\/Subtype\s*\/Image\b/.test(dictionary)
    ) {
      const packed = pdf.subarray(start, end < 0 ? pdf.length : end)
      total += unpackedSize(packed, MAX_PDF_STREAM_BYTES - total)
      if (total > MAX_PDF_STREAM_BYTES) {
        throw importRefusal(
          'too-large',
          subject,
          `unpacks to more than ${MAX_PDF_STREAM_BYTES / MB} MB of text and fonts, more than Stancemark takes in one article; split it into smaller files and import each.`,
        )
      }
    }
    // A stream's own bytes are not searched for more.
    at = text.indexOf('stream', end < 0 ? at + 6 : end + 9)
  }
}
