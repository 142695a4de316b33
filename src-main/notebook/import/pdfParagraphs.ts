/** A run of text as pdf.js gives it: its string, where it starts (x, y) and how wide and tall it is. */
export interface PdfTextRun {
  text: string
  x: number
  y: number
  width: number
  height: number
}

interface Line {
  text: string
  y: number
  height: number
}

const SENTENCE_END = /[.!?:;"”’»)]$/
const PAGE_NUMBER = /^(?:page\s+)?\d{1,4}(?:\s*(?:\/|of)\s*\d{1,4})?$/i

/** Runs on the same baseline joined into lines, a space put where the gap between runs is one. */
function linesOf(runs: PdfTextRun[]): Line[] {
  const lines: (Line & { right: number })[] = []
  for (const run of runs) {
    if (run.text === '') continue
    const line = lines[lines.length - 1]
    const sameLine = line && Math.abs(line.y - run.y) < Math.max(line.height, run.height) * 0.5
    if (!sameLine) {
      lines.push({ text: run.text, y: run.y, height: run.height, right: run.x + run.width })
      continue
    }
    const gap = run.x - line.right
    const spaced = /\s$/.test(line.text) || /^\s/.test(run.text)
    line.text += !spaced && gap > run.height * 0.15 ? ` ${run.text}` : run.text
    line.right = run.x + run.width
    line.height = Math.max(line.height, run.height)
  }
  return lines
    .map((line) => ({ ...line, text: line.text.replace(/\s+/g, ' ').trim() }))
    .filter((line) => line.text !== '' && !PAGE_NUMBER.test(line.text))
}

/** The line spacing most lines have: the median gap between consecutive baselines. */
function usualSpacing(pages: Line[][]): number {
  const gaps = pages
    .flatMap((lines) => lines.slice(1).map((line, i) => lines[i].y - line.y))
    .filter((gap) => gap > 0)
    .sort((a, b) => a - b)
  return gaps.length > 0 ? gaps[Math.floor(gaps.length / 2)] : Infinity
}

/** Two lines of one paragraph as one text: "peace-" + "ful" → "peaceful", else a space between. */
function joinLines(text: string, next: string): string {
  if (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(next)) return text.slice(0, -1) + next
  return `${text} ${next}`
}

/**
 * The paragraphs of a PDF's pages, rebuilt from its text runs: runs on one baseline make a line;
 * a gap between lines clearly wider than the usual spacing starts a paragraph, and so does a new
 * page after a line that ends a sentence; words hyphenated at a line's end are joined again.
 * Lines that are only a page number are left out.
 */
export function pdfParagraphs(pages: PdfTextRun[][]): string[] {
  const pageLines = pages.map(linesOf)
  const spacing = usualSpacing(pageLines)
  const paragraphs: string[] = []
  let current: string | undefined
  let previous: Line | undefined
  const close = () => {
    if (current !== undefined) paragraphs.push(current)
    current = undefined
  }
  for (const lines of pageLines) {
    for (const line of lines) {
      const newPage = previous !== undefined && !lines.includes(previous)
      const gap = previous && !newPage ? previous.y - line.y : 0
      const breaks = newPage
        ? SENTENCE_END.test(current ?? '')
        : gap > spacing * 1.4 || gap < 0 || gap > line.height * 2.5
      if (breaks) close()
      current = current === undefined ? line.text : joinLines(current, line.text)
      previous = line
    }
  }
  close()
  return paragraphs
}
