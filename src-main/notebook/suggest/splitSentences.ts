import type { Quote, Sentence, Span } from './finding'
import { tokenize } from './tokenize'

/** The tokenized sentences of a paragraph, cut where `starts` (see sentenceStarts) says. */
export function splitSentences(
  text: string,
  paragraph: Span,
  quotes: readonly Quote[],
  starts: readonly number[],
): Sentence[] {
  const cuts = [
    paragraph.start,
    ...starts.filter((at) => at > paragraph.start && at < paragraph.end),
  ]
  const sentences: Sentence[] = []
  cuts.forEach((from, i) => {
    let start = from
    let end = cuts[i + 1] ?? paragraph.end
    while (start < end && /\s/.test(text[start])) start++
    while (end > start && /\s/.test(text[end - 1])) end--
    if (end > start) sentences.push({ start, end, tokens: tokenize(text, start, end, quotes) })
  })
  return sentences
}
