import type { DocJSON } from '../../shared/model'

// Control characters other than tab and line breaks have no place in article text.
// oxlint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g

/**
 * Plain text as a document: paragraphs split on blank lines, the lines of a paragraph joined with
 * a space (wire copy is hard-wrapped; its line ends are not the author's).
 */
export function textToDoc(text: string): DocJSON {
  const paragraphs: string[][] = [[]]
  for (const line of text.replace(CONTROL, '').split(/\r\n|\r|\n/)) {
    const trimmed = line.trim()
    const current = paragraphs[paragraphs.length - 1]
    if (trimmed) current.push(trimmed)
    else if (current.length > 0) paragraphs.push([])
  }
  return {
    type: 'doc',
    content: paragraphs
      .filter((lines) => lines.length > 0)
      .map((lines) => ({ type: 'paragraph', content: [{ type: 'text', text: lines.join(' ') }] })),
  }
}
