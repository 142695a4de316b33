import { importRefusal, type ImportSubject } from './importRefusal'

/** Quotes and lists inside each other: no article goes near this. */
export const MAX_MARKDOWN_NESTING = 100
/** Emphasis and link marks in one paragraph, past which the Markdown parser slows to minutes. */
export const MAX_MARKS_PER_PARAGRAPH = 5000

// Quote markers, list markers and indentation at the start of a line.
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))+[ \t]*/
const MARKS = /[*_[\]]/g

function nestingOf(line: string): number {
  const prefix = CONTAINER_PREFIX.exec(line)?.[0] ?? /^[ \t]*/.exec(line)![0]
  const markers = prefix.replace(/[ \t]/g, '').replace(/\d{1,9}[.)]/g, '1').length
  const indent = prefix.replace(/\t/g, '    ').replace(/[^ ]/g, '').length
  return markers + Math.floor(indent / 2)
}

/**
 * Refuses Markdown that is nested or marked up far beyond any article before it is parsed: the
 * parser would take minutes on it, or exhaust the stack. Says which limit it passed.
 */
export function checkMarkdownNesting(markdown: string, subject: ImportSubject): void {
  let marks = 0
  for (const line of markdown.split(/\r\n|\r|\n/)) {
    if (nestingOf(line) > MAX_MARKDOWN_NESTING) {
      throw importRefusal(
        'too-large',
        subject,
        `puts quotes or lists more than ${MAX_MARKDOWN_NESTING} levels inside each other, far more than any article; Stancemark cannot read it. Import it as a .txt file instead.`,
      )
    }
    marks = line.trim() === '' ? 0 : marks + (line.match(MARKS)?.length ?? 0)
    if (marks > MAX_MARKS_PER_PARAGRAPH) {
      throw importRefusal(
        'too-large',
        subject,
        `has a paragraph with more than ${MAX_MARKS_PER_PARAGRAPH.toLocaleString('en')} *, _, [ or ] marks, far more than any article; Stancemark cannot read it. Import it as a .txt file instead.`,
      )
    }
  }
}
