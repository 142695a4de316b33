import chardet from 'chardet'
import iconv from 'iconv-lite'
import { unreadable, type ImportSubject } from './importRefusal'

function decode(encoding: 'utf-8' | 'utf-16le', bytes: Uint8Array): string | undefined {
  try {
    // The decoder drops a leading byte-order mark itself.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch {
    return undefined
  }
}

const WESTERN = new Set(['iso-8859-1', 'windows-1252', 'iso-8859-15'])
// Where ISO-8859-15 differs from ISO-8859-1: €, Š, š, Ž, ž, Œ, œ, Ÿ (¤ ¦ ¨ ´ ¸ ¼ ½ ¾ in -1).
const LATIN9_ONLY = new Set([0xa4, 0xa6, 0xa8, 0xb4, 0xb8, 0xbc, 0xbd, 0xbe])
const isLetterByte = (byte: number | undefined) =>
  byte !== undefined && (/[A-Za-z]/.test(String.fromCharCode(byte)) || byte >= 0xc0)

/**
 * Which of the Western single-byte encodings the bytes are in. chardet tells Western text from
 * others but not these three apart: bytes 0x80–0x9F are printable only in Windows-1252; a ¤, or
 * one of ISO-8859-15's own letters inside a word (œ in "cœur"), says ISO-8859-15.
 */
function westernEncoding(bytes: Buffer): string {
  let latin9 = false
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]
    if (byte >= 0x80 && byte <= 0x9f) return 'windows-1252'
    if (byte === 0xa4) latin9 = true
    else if (LATIN9_ONLY.has(byte) && (isLetterByte(bytes[i - 1]) || isLetterByte(bytes[i + 1])))
      latin9 = true
  }
  return latin9 ? 'iso-8859-15' : 'iso-8859-1'
}

// Control characters other than tab, line breaks and form feed: text has next to none of them.
// oxlint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000e-\u001f]/g

/** The text in the encoding chardet finds likeliest that iconv-lite can decode; none: undefined. */
function decodeGuessed(bytes: Buffer): string | undefined {
  const guesses = chardet.analyse(bytes).map((guess) => guess.name.toLowerCase())
  const encoding = guesses.find((name) => name !== 'utf-8' && iconv.encodingExists(name))
  if (!encoding) return undefined
  return iconv.decode(bytes, WESTERN.has(encoding) ? westernEncoding(bytes) : encoding)
}

/**
 * The text of a file: UTF-8 (with or without a BOM), UTF-16 that starts with its BOM, or a
 * single-byte encoding (Windows-1252, ISO-8859-1/-15 and others chardet recognises).
 */
export function decodeText(bytes: Buffer, subject: ImportSubject): string {
  const littleEndian = bytes[0] === 0xff && bytes[1] === 0xfe
  const bigEndian = bytes[0] === 0xfe && bytes[1] === 0xff
  if (littleEndian || bigEndian) {
    const whole = bytes.length % 2 === 0
    // Big-endian is read as little-endian with each pair of bytes swapped.
    const text = whole
      ? decode('utf-16le', bigEndian ? Buffer.from(bytes).swap16() : bytes)
      : undefined
    if (text === undefined) {
      throw unreadable(
        'invalid',
        subject,
        'its UTF-16 text is damaged; save it as UTF-8 and try again.',
      )
    }
    return text
  }
  const text = decode('utf-8', bytes) ?? decodeGuessed(bytes)
  const controls = text?.match(CONTROL)?.length ?? 0
  if (text === undefined || controls > text.length / 100) {
    throw unreadable(
      'unsupported-format',
      subject,
      'it looks like a binary file, not text, and its encoding could not be recognised. Save it as UTF-8 text and try again.',
    )
  }
  return text
}
