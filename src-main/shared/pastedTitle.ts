/** A first paragraph longer than this is the article's opening, not its title. */
export const TITLE_MAX = 150
/** How much of a long opening paragraph a title made from it keeps. */
const SHORTENED = 100

export interface PastedTitle {
  /** The first paragraph, or its first words when it is too long for a title. */
  title: string
  /** The first paragraph is the whole title and more text follows: it can leave the text. */
  firstLine: boolean
  /** It reads as a headline, not a sentence (no full stop): it leaves the text unless the analyst keeps it. */
  headline: boolean
}

/** How a sentence ends, but not a headline (which may ask or exclaim). */
const STATEMENT_END = /[.:;…]["'”’»)\]]*$/
const comparable = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase()

/** Whether two titles are the same but for case and spacing. */
export const sameTitle = (a: string, b: string) => comparable(a) === comparable(b)

/**
 * The title pasted text gives itself, from its paragraphs as `textParagraphs` reads them: the
 * first one, as file imports take a Markdown file's first heading.
 */
export function pastedTitle(paragraphs: string[]): PastedTitle | undefined {
  const [first] = paragraphs
  if (!first) return undefined
  if (first.length > TITLE_MAX) {
    const cut = first.lastIndexOf(' ', SHORTENED)
    const title = `${first.slice(0, cut > SHORTENED / 2 ? cut : SHORTENED).trimEnd()}…`
    return { title, firstLine: false, headline: false }
  }
  const firstLine = paragraphs.length > 1
  return {
    title: first,
    firstLine,
    headline: firstLine && !STATEMENT_END.test(first),
  }
}
