import type { Finding, Passage, Quote } from './finding'
import { trimSpan } from './trimSpan'

const MIN_WORDS = 3

/** Which sentence of the passage an offset is in. */
function sentenceOf(passage: Passage, at: number): number {
  return passage.sentences.findIndex((sentence) => at >= sentence.start && at < sentence.end)
}

function claimed(quote: Quote, findings: readonly Finding[]): boolean {
  return findings.some((f) => f.content.start < quote.end && f.content.end > quote.start)
}

/**
 * `“…,” Varga said. “We have a lot of work ahead of us.”` — a quotation with no attribution of
 * its own, in the sentence right after a quoted speaker's, is theirs too. So is one that opens
 * a paragraph after a paragraph that ended with a quotation.
 */
export function continuingQuotes(
  text: string,
  passage: Passage,
  findings: readonly Finding[],
  previousPassageEndedQuoting: boolean,
): Finding[] {
  const found: Finding[] = []
  for (const quote of passage.quotes) {
    if (
      claimed(quote, findings) ||
      text.slice(quote.start, quote.end).split(/\s+/).length < MIN_WORDS
    )
      continue
    const sentence = sentenceOf(passage, quote.open)
    const earlier = [...findings, ...found]
      .filter((f) => f.content.end <= quote.open && f.content.start >= passage.start)
      .sort((a, b) => b.content.end - a.content.end)[0]
    const attributionEnd = earlier && Math.max(earlier.content.end, earlier.at)
    const follows =
      earlier?.mode === 'direct' && sentenceOf(passage, attributionEnd ?? -1) >= sentence - 1
    const opensPassage = !earlier && quote.open === passage.start && previousPassageEndedQuoting
    if (!follows && !opensPassage) continue
    found.push({
      rule: 'continuing-quote',
      content: trimSpan(text, quote, 'quotation'),
      speaker: 'previous',
      cue: '',
      mode: 'direct',
      confidence: follows ? 0.7 : 0.5,
      at: quote.start,
    })
  }
  return found
}
