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
  // "Over the past month, the mayor…", "At a town hall in Tarsk, Norvania, on Sunday, Holt…",
  // "Turning to the budget, Berg…": the subject follows the fronted adverbial's last comma.
  const first = tokens[from]
  const fronted =
    !!first &&
    (functionWords.prepositions.has(first.lower) ||
      FRONTING.has(first.lower) ||
      /ing$/.test(first.lower))
  if (fronted) {
    const comma = tokens.findIndex((t, i) => i > from && i < before && t.text === ',')
    if (comma < 0) return undefined
    from = comma + 1
    for (;;) {
      const verb = firstVerb(tokens, from, before)
      const end = verb < 0 ? before : verb
      const next = tokens.findIndex((t, i) => i >= from && i < end && t.text === ',')
      if (next < 0) break
      from = next + 1
    }
  }
  const verb = firstVerb(tokens, from, before)
  if (verb >= 0) {
    const subject = tokens.slice(from, verb)
    if (subject.length === 1 && functionWords.timeWords.has(subject[0].lower)) return undefined
    // "Roth sternly reprimanded…", "the council also closed…": the adverb is not the subject's.
    let end = verb
    while (end - 1 > from && isAdverb(tokens[end - 1].text, tokens[end - 1].lower)) end--
    return end > from ? { start: tokens[from].start, end: tokens[end - 1].end } : undefined
  }
  const run = nameRuns(tokens, from, before).find((r) => !r.possessive && !r.afterPreposition)
  return run && { start: tokens[from].start, end: tokens[run.to - 1].end }
}

const isAdverb = (text: string, lower: string) =>
  functionWords.betweenSpeakerAndCue.has(lower) ||
  (/^\p{Ll}+ly$/u.test(text) && !lexiconTags(lower).some((tag) => /Noun|Singular|Plural/.test(tag)))

const FRONTING = new Set('when while after before as if though although'.split(' '))

/** The first verb in tokens [from, before), or -1. */
function firstVerb(tokens: Sentence['tokens'], from: number, before: number): number {
  for (let i = from; i < before; i++) {
    const token = tokens[i]
    if (/^\p{Lu}/u.test(token.text) || token.text === "'" || i === from) continue
    const verb =
      reportingVerbs.has(token.lower) ||
      functionWords.finiteVerbs.has(token.lower) ||
      /ed$/.test(token.lower) ||
      lexiconTags(token.lower).some((tag) => /PastTense|PresentTense|Copula|Modal/.test(tag))
    if (verb) return i
  }
  return -1
}
