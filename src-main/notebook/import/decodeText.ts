import { unreadable, type ImportSubject } from './importRefusal'

function decode(encoding: 'utf-8' | 'utf-16le', bytes: Uint8Array): string | undefined {
  try {
    // The decoder drops a leading byte-order mark itself.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch {
    return undefined
  }
}

/** The text of a file: UTF-8 (with or without a BOM), or UTF-16 that starts with its BOM. */
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
  const text = decode('utf-8', bytes)
  if (text === undefined) {
    throw unreadable('invalid', subject, 'it is not UTF-8 text; save it as UTF-8 and try again.')
  }
  return text
}
