import { findCues } from '../../src-main/notebook/suggest/findCues'
import { findQuotes } from '../../src-main/notebook/suggest/findQuotes'
import type { CueContext, Finding, Passage } from '../../src-main/notebook/suggest/finding'
import { sentenceStarts } from '../../src-main/notebook/suggest/sentenceStarts'
import { splitSentences } from '../../src-main/notebook/suggest/splitSentences'

/** One paragraph of text as the rules see it. */
export function passageOf(text: string): Passage {
  const paragraph = { start: 0, end: text.length }
  const quotes = findQuotes(text, paragraph)
  const sentences = splitSentences(text, paragraph, quotes, sentenceStarts(text))
  return { ...paragraph, index: 0, quotes, sentences }
}

type CueRule = (context: CueContext) => Finding | undefined

/** What one cue rule finds in a paragraph, as the rule returns it. */
export function rawFindingsOf(rule: CueRule, text: string, passage = passageOf(text)): Finding[] {
  return passage.sentences.flatMap((sentence) =>
    findCues(sentence).flatMap((cue) => rule({ text, passage, sentence, cue }) ?? []),
  )
}

/** What one cue rule finds in a paragraph: the words, the speaker's words and the cue. */
export function findingsOf(rule: CueRule, text: string) {
  return rawFindingsOf(rule, text).map(({ content, speaker, cue, mode }) => ({
    exact: text.slice(content.start, content.end),
    speaker:
      speaker === 'previous' ? 'previous' : text.slice(speaker.phrase.start, speaker.phrase.end),
    cue,
    mode,
  }))
}
