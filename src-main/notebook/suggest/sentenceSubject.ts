import type { Sentence, Span } from './finding'
import { functionWords } from './functionWords'
import { lexiconTags } from './lexiconTags'
import { nameRuns } from './nameRuns'
import { reportingVerbs } from './reportingVerbs'

/** The words before a sentence's first verb: who "…, saying" or "… and said" refers to. */
export function sentenceSubject(sentence: Sentence, before: number): Span | undefined {
  const { tokens } = sentence
  let from = 0
  for (let i = 0; i < before; i++) if (/^[—–:]$/.test(tokens[i].text)) from = i + 1
  // "Over the past two weeks, the mayor…": a fronted adverbial is not the subject.
  while (
    functionWords.prepositions.has(tokens[from]?.lower ?? '') ||
    tokens[from]?.lower === 'when'
  ) {
    const comma = tokens.findIndex((t, i) => i > from && i < before && t.text === ',')
    if (comma < 0) return undefined
    from = comma + 1
  }
  for (let i = from; i < before; i++) {
    const token = tokens[i]
    if (/^\p{Lu}/u.test(token.text) || token.text === "'" || i === from) continue
    const verb =
      reportingVerbs.has(token.lower) ||
      functionWords.finiteVerbs.has(token.lower) ||
      /ed$/.test(token.lower) ||
      lexiconTags(token.lower).some((tag) => /PastTense|PresentTense|Copula|Modal/.test(tag))
    if (verb) return i > from ? { start: tokens[from].start, end: tokens[i - 1].end } : undefined
  }
  const run = nameRuns(tokens, from, before).find((r) => !r.possessive && !r.afterPreposition)
  return run && { start: tokens[from].start, end: tokens[run.to - 1].end }
}
