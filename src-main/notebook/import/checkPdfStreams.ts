import { Unzlib } from 'fflate'
import { importRefusal, type ImportSubject } from './importRefusal'

const MB = 1024 * 1024

/**
 * The most a PDF's packed streams — pages, fonts, images — may unpack to. A long report's text and
 * fonts are a few MB, a font for Chinese or Japanese 20; its images, a few MB each.
 */
export const MAX_PDF_STREAM_BYTES = 256 * MB

/** Packed bytes unpacked at a time, so that counting stops a stream within ~16 MB of the limit. */
const SLICE_BYTES = 16 * 1024

/** A zlib header (RFC 1950): deflate, and its check bits right. PDF's FlateDecode streams have one. */
const isZlib = (bytes: Uint8Array) =>
  bytes.length >= 2 && (bytes[0] & 0x0f) === 8 && ((bytes[0] << 8) | bytes[1]) % 31 === 0

/** How many bytes a zlib stream unpacks to, counted up to `limit`. */
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
    // Damaged data: what was unpacked counts.
  }
  return size
}

/**
 * Refuses a PDF whose packed streams unpack to more than MAX_PDF_STREAM_BYTES, counting as it
 * unpacks them and stopping at the limit; nothing it unpacks is kept. Every stream whose bytes
 * are zlib's is counted, whatever its dictionary says: a page can call itself an image, name its
 * filter indirectly, or hide it in a dictionary too long to search.
 */
export function checkPdfStreams(pdf: Uint8Array, subject: ImportSubject): void {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1')
  let total = 0
  let at = text.indexOf('stream')
  while (at >= 0) {
    if (text.startsWith('end', at - 3)) {
      at = text.indexOf('stream', at + 6)
      continue
    }
    const start = at + 'stream'.length + (text.startsWith('\r\n', at + 6) ? 2 : 1)
    const end = text.indexOf('endstream', start)
    const packed = pdf.subarray(start, end < 0 ? pdf.length : end)
    if (isZlib(packed)) total += unpackedSize(packed, MAX_PDF_STREAM_BYTES - total)
    if (total > MAX_PDF_STREAM_BYTES) {
      throw importRefusal(
        'too-large',
        subject,
        `unpacks to more than ${MAX_PDF_STREAM_BYTES / MB} MB, more than Stancemark takes in one article; split it into smaller files and import each.`,
      )
    }
    // A stream's own bytes are not searched for more.
    if (end < 0) break
    at = text.indexOf('stream', end + 'endstream'.length)
  }
}
