// Control characters other than tab and line breaks have no place in article text.
// oxlint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g
/** A sentence's last character, perhaps followed by closing quotes or brackets. */
const SENTENCE_END = /[.!?…:;]["'”’»)\]]*$/
const LIST_ITEM = /^(?:[-*•–]|\d{1,3}[.)])\s/
const BROKEN_AT_HYPHEN = /\p{L}-$/u
/** Hard-wrapped text is wrapped somewhere between these widths (in characters). */
const NARROWEST_WRAP = 40
const WIDEST_WRAP = 150
/** A line at least this share of the width is long enough to have been wrapped. */
const LONG = 0.75
/** A line at least this share of the width is full: the wrapper, not the author, ended it. */
const FULL = 0.85

interface Line {
  text: string
  /** Its length with its indent, without trailing space. */
  width: number
  indent: number
}

interface Wrap {
  width: number
  /** Wrapped greedily (editors, mail, Python's textwrap): a line ends only when the next word cannot fit. */
  greedy: boolean
}

const endsSentence = (line: Line) => SENTENCE_END.test(line.text)
const continuesSentence = (line: Line, next: Line) =>
  !endsSentence(line) && /^\p{Ll}/u.test(next.text)

/** Whether the next line's first word (up to a hyphen, where wrappers also break) would not fit on the line. */
function nextWordWouldNotFit(line: Line, next: Line, width: number): boolean {
  const word = /^[^\s-]*-(?=[^\s-])|^\S+/.exec(next.text)?.[0] ?? ''
  const space = BROKEN_AT_HYPHEN.test(line.text) ? 0 : 1
  return line.width + space + word.length > width
}

/**
 * How the text was hard-wrapped, judged from the whole of it: long lines that stop mid-sentence
 * before a lower-case word, near one width. Copy from a web page has a paragraph per line, of any
 * length, ending its sentences; a list of headlines has lines that each start with a capital.
 */
function wrapOf(lines: Line[]): Wrap | undefined {
  // A word alone on a line (a link) may overrun the width.
  const width = lines.reduce(
    (widest, line) => (/\s/.test(line.text) ? Math.max(widest, line.width) : widest),
    0,
  )
  if (width < NARROWEST_WRAP || width > WIDEST_WRAP) return undefined
  let pairs = 0
  let wrapped = 0
  // Lines a greedy wrapper would have gone on filling: the text was wrapped another way (fmt, by hand).
  let roomLeft = 0
  lines.forEach((line, i) => {
    const next = lines[i + 1]
    if (!line.text || !next?.text) return
    pairs++
    if (line.width < width * LONG || !continuesSentence(line, next)) return
    wrapped++
    if (!nextWordWouldNotFit(line, next, width)) roomLeft++
  })
  if (wrapped < 2 || wrapped < pairs * 0.25) return undefined
  return { width, greedy: roomLeft <= wrapped * 0.1 }
}

function sameParagraph(line: Line, next: Line, wrap: Wrap | undefined): boolean {
  if (LIST_ITEM.test(next.text)) return false
  if (continuesSentence(line, next)) return true
  if (!wrap) return false
  // An indented line starts a paragraph, except under a list item (a hanging indent).
  if (next.indent > line.indent && !LIST_ITEM.test(line.text)) return false
  return wrap.greedy ? nextWordWouldNotFit(line, next, wrap.width) : line.width >= wrap.width * FULL
}

/**
 * The paragraphs of plain text as a reader sees them. Copied wire text has a paragraph per line;
 * a hard-wrapped text has lines near one width, its paragraphs apart at blank lines or ending in
 * a line that stops short: its lines are joined again (a space between, none after a hyphen the
 * wrapper broke at). A line that stops mid-sentence before a lower-case word goes on in any text.
 */
export function textParagraphs(text: string): string[] {
  const lines: Line[] = text
    .replace(CONTROL, '')
    .split(/\r\n|\r|\n/)
    .map((raw) => {
      const end = raw.trimEnd()
      const trimmed = end.trimStart()
      return { text: trimmed, width: end.length, indent: end.length - trimmed.length }
    })
  const wrap = wrapOf(lines)
  const paragraphs: string[] = []
  let current: string | undefined
  lines.forEach((line, i) => {
    if (!line.text) {
      if (current !== undefined) paragraphs.push(current)
      current = undefined
      return
    }
    const previous = lines[i - 1]
    if (current !== undefined && sameParagraph(previous, line, wrap)) {
      const joined = BROKEN_AT_HYPHEN.test(current) && /^\p{L}/u.test(line.text)
      current += joined ? line.text : ` ${line.text}`
      return
    }
    if (current !== undefined) paragraphs.push(current)
    current = line.text
  })
  if (current !== undefined) paragraphs.push(current)
  return paragraphs
}
