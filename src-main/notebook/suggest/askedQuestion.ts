import type { CueContext, Finding, Span, Token } from './finding'
import { functionWords } from './functionWords'
import { isCapitalised } from './nameRuns'
import { statementMode } from './statementMode'
import { trimSpan } from './trimSpan'

/** The words that open an indirect question: what was asked. */
const QUESTION_WORDS = new Set('whether if about why what how which who when where'.split(' '))
/** "Asked by …", "When asked by …": the question put to the sentence's subject. */
const OPENERS = new Set('when after once if though although while'.split(' '))
const MAX_BETWEEN = 10

/** "by a reporter", "by host Ada Roth": who asked, up to the question word. */
function askerBy(tokens: readonly Token[], from: number, to: number): Span | undefined {
  if (tokens[from]?.lower !== 'by') return undefined
  let end = from + 1
  while (end < to && (isCapitalised(tokens[end]) || /^[\p{Ll}.-]+$/u.test(tokens[end].text))) {
    // "by Ada Roth on Fox News": the asker ends where a place or a time begins.
    if (functionWords.prepositions.has(tokens[end].lower) || tokens[end].lower === 'during') break
    end++
  }
  // "by email", "by phone", "by the end of the day": no one named asked.
  if (!tokens.slice(from + 1, end).some(isCapitalised)) return undefined
  return end > from + 1 ? { start: tokens[from + 1].start, end: tokens[end - 1].end } : undefined
}

/**
 * `Asked by Karl Lind whether he would run, Roth said…`, `…, she said when asked by a reporter
 * about the toll.`: the question is a statement of who asked it. One whose asker is not named is
 * left out, as the project's own set leaves it (not a proposition anyone holds).
 */
export function askedQuestion(context: CueContext): Finding | undefined {
  const { tokens } = context.sentence
  const { index } = context.cue
  if (context.cue.cue !== 'asked') return undefined
  const before = tokens[index - 1]
  if (before && !OPENERS.has(before.lower)) return undefined
  let question = index + 1
  while (
    question < tokens.length &&
    question - index <= MAX_BETWEEN &&
    !QUESTION_WORDS.has(tokens[question].lower) &&
    !/^[,;:.“”"]$/.test(tokens[question].text)
  )
    question++
  if (!QUESTION_WORDS.has(tokens[question]?.lower ?? '')) return undefined
  let end = question + 1
  while (end < tokens.length && (tokens[end].inQuote || !/^[,;]$/.test(tokens[end].text))) end++
  if (end - question < 2) return undefined
  const content = trimSpan(
    context.text,
    { start: tokens[question].start, end: tokens[end - 1].end },
    'paraphrase',
  )
  const by = askerBy(tokens, index + 1, question)
  if (!by) return undefined
  return {
    rule: 'asked-question',
    content,
    speaker: { phrase: by },
    cue: context.cue.cue,
    mode: statementMode(content, context.passage.quotes),
    confidence: 0.6,
    at: by.start,
  }
}
