interface Signature {
  bytes: number[] | string
  kind: string
}

const SIGNATURES: Signature[] = [
  { bytes: '%PDF-', kind: 'a PDF document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], kind: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'a JPEG image' },
  { bytes: 'GIF87a', kind: 'a GIF image' },
  { bytes: 'GIF89a', kind: 'a GIF image' },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    kind: 'an older Word or Office document',
  },
  { bytes: [0x1f, 0x8b], kind: 'a compressed (gzip) file' },
  { bytes: '{\\rtf', kind: 'a rich-text (RTF) document' },
]

const ZIP_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
  [0x50, 0x4b, 0x07, 0x08],
]

// Office and e-book files are ZIP archives; the names of the entries inside say which kind.
const ZIP_CONTENTS: [string, string][] = [
  ['word/document', 'a Word document'],
  ['xl/workbook', 'an Excel spreadsheet'],
  ['ppt/presentation', 'a PowerPoint presentation'],
  ['application/vnd.oasis.opendocument.text', 'an OpenDocument text'],
  ['application/epub+zip', 'an EPUB e-book'],
]

function startsWith(bytes: Buffer, signature: number[] | string): boolean {
  const expected =
    typeof signature === 'string' ? Buffer.from(signature, 'latin1') : Buffer.from(signature)
  return bytes.subarray(0, expected.length).equals(expected)
}

function hasUtf16ByteOrderMark(bytes: Buffer): boolean {
  return startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])
}

/**
 * What a file that is not text looks like ("a PNG image"), from its first bytes; undefined for
 * text. A NUL byte outside UTF-16 text is enough to call a file binary.
 */
export function binaryKind(bytes: Buffer): string | undefined {
  if (ZIP_SIGNATURES.some((signature) => startsWith(bytes, signature))) {
    return (
      ZIP_CONTENTS.find(([entry]) => bytes.includes(entry, 0, 'latin1'))?.[1] ?? 'a ZIP archive'
    )
  }
  const known = SIGNATURES.find((signature) => startsWith(bytes, signature.bytes))
  if (known) return known.kind
  if (!hasUtf16ByteOrderMark(bytes) && bytes.includes(0)) return 'a binary file, not text'
  return undefined
}
