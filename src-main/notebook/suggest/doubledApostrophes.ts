/** Two apostrophes as a quotation mark (`''We will,'' she said`), as some papers print them. */
const DOUBLED = /''(?!')/g

/**
 * The text with each doubled apostrophe read as a straight double quote and a space, the same
 * length so every offset holds: the space goes outside the quotation (before an opening mark,
 * after a closing one), and the words quoted keep their offsets.
 */
export function doubledApostrophes(text: string): string {
  if (!text.includes("''")) return text
  return text.replace(DOUBLED, (_, at: number) =>
    at === 0 || /[\s([{—–-]/.test(text[at - 1]) ? ' "' : '" ',
  )
}
