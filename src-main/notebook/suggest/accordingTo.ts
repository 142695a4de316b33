import { isAbbreviationDot } from './abbreviationDot'
import type { CueContext, Finding, Span, Token } from './finding'
import { functionWords } from './functionWords'
import { isCapitalised } from './nameRuns'
import { speakerWords } from './speakerWords'
import { statementMode } from './statementMode'
import { trimSpan } from './trimSpan'

const MAX_SOURCE_TOKENS = 12

/** The noun a source phrase is about: "figures" in "figures published by the regulator". */
function headNoun(words: readonly Token[]): string {
  let head = ''
  for (const token of words) {
    const { lower } = token
    if (functionWords.prepositions.has(lower) || functionWords.relatives.has(lower)) break
    if (/^\p{Ll}+(ed|en)$/u.test(token.text) || /^\W+$/.test(token.text)) break
    head = lower
  }
  return head
}

/** "figures published by the regulator" names the regulator; "its own rules" names no one. */
function source(tokens: readonly Token[], from: number, to: number): Span | undefined {
  let words = tokens.slice(from, to)
  const relative = words.findIndex((t) => functionWords.relatives.has(t.lower))
  if (relative > 0) words = words.slice(0, relative)
  if (speakerWords.nonSource.has(headNoun(words))) {
    const by = words.findIndex((t) => t.lower === 'by' || t.lower === 'from')
    // "a KVN report", "Port Authority records": the name whose report it is speaks.
    const owner = words.findIndex((t) => isCapitalised(t))
    if (by >= 0) words = words.slice(by + 1)
    else if (owner >= 0) {
      let end = owner
      while (end < words.length && (isCapitalised(words[end]) || /^[-/&]$/.test(words[end].text)))
        end++
      words = words.slice(owner, end)
    } else return undefined
  }
  while (words.length > 0 && /^\W+$/.test(words[words.length - 1].text)) words.pop()
  if (words.length === 0 || words.length > MAX_SOURCE_TOKENS) return undefined
  return { start: words[0].start, end: words[words.length - 1].end }
}

/** "According to X, Y" — the source ends at the comma unless a name follows in apposition. */
function leadingSource(tokens: readonly Token[], from: number): { source: number; clause: number } {
  const commas = tokens.map((t, i) => (t.text === ',' && i >= from ? i : -1)).filter((i) => i >= 0)
  const [first, second] = commas
  if (first === undefined) return { source: tokens.length, clause: tokens.length }
  const between = tokens.slice(first + 1, second)
  const apposition = second !== undefined && between.length <= 4 && between.every(isCapitalised)
  return apposition ? { source: second, clause: second + 1 } : { source: first, clause: first + 1 }
}

/** `Trade fell by a third, according to the statistics office.` and `According to Okafor, …` */
export function accordingTo(context: CueContext): Finding | undefined {
  const { sentence, cue, text } = context
  if (cue.cue !== 'according to') return undefined
  const { tokens } = sentence
  const opensSentence = tokens.slice(0, cue.index).every((t) => /^\W+$/.test(t.text))
  let content: Span
  let phrase: Span | undefined
  if (opensSentence) {
    const { source: end, clause } = leadingSource(tokens, cue.end)
    if (clause >= tokens.length) return undefined
    phrase = source(tokens, cue.end, end)
    content = { start: tokens[clause].start, end: sentence.end }
  } else {
    if (tokens[cue.index - 1]?.text !== ',') return undefined
    let end = cue.end
    while (
      end < tokens.length &&
      (!/^[,.;:!?]$/.test(tokens[end].text) || isAbbreviationDot(tokens, end))
    )
      end++
    phrase = source(tokens, cue.end, end)
    content = { start: sentence.start, end: tokens[cue.index - 1].start }
  }
  if (!phrase) return undefined
  const trimmed = trimSpan(text, content, 'paraphrase')
  if (text.slice(trimmed.start, trimmed.end).split(/\s+/).length < 3) return undefined
  return {
    rule: 'according-to',
    content: trimmed,
    speaker: { phrase },
    cue: cue.cue,
    mode: statementMode(trimmed, context.passage.quotes),
    confidence: 0.8,
    at: phrase.start,
  }
}
