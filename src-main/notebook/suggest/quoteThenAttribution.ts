import { isTitleQuote } from './isTitleQuote'
import { isAbbreviationDot } from './abbreviationDot'
import type { CueContext, Finding, Quote, Sentence, Span, Token } from './finding'
import { functionWords } from './functionWords'
import { quoteAt } from './quoteAt'
import { reportingVerbs } from './reportingVerbs'
import { speakerAfter } from './speakerAfter'
import { trimSpan } from './trimSpan'

const MAX_BETWEEN = 30

/** The full stop of "Pa." or "Ore." before a comma or a bracket: an abbreviation's. */
const isStateDot = (tokens: readonly Token[], i: number) =>
  tokens[i].text === '.' &&
  /^\p{Lu}[\p{L}-]{0,6}$/u.test(tokens[i - 1]?.text ?? '') &&
  /^[,)]$/.test(tokens[i + 1]?.text ?? '')

/** The quotation that closes just before the cue, with only the speaker's words between. */
function quoteBefore(context: CueContext): { quote: Quote; from: number } | undefined {
  const { tokens } = context.sentence
  for (let i = context.cue.index - 1; i >= 0 && context.cue.index - i <= MAX_BETWEEN; i--) {
    const quote = quoteAt(context.passage.quotes, tokens[i], 'close')
    if (quote) {
      if (isTitleQuote(context.text, quote)) return undefined
      // `…, ' "`: a quotation inside the quotation ends it, and a space may follow.
      const last = context.text
        .slice(quote.start, quote.end)
        .replace(/[\s'’]+$/, '')
        .slice(-1)
      // `“… missing.” Berg said.`: a full stop too, when the attribution ends the sentence.
      const endsHere = /^[.]$/.test(context.sentence.tokens[context.cue.end]?.text ?? '')
      const attached =
        /[,?!—–]/.test(last) || tokens[i + 1]?.text === ',' || (last === '.' && endsHere)
      return attached ? { quote, from: i + 1 } : undefined
    }
    if (isAbbreviationDot(tokens, i) || isStateDot(tokens, i)) continue
    // "Rep. Earl Blumenauer (D-Ore.) said": a party and state in brackets.
    if (tokens[i].text === ')') {
      while (i > 0 && tokens[i].text !== '(' && !tokens[i].inQuote) i--
      continue
    }
    if (/^[.;:“”"]$/.test(tokens[i].text) || tokens[i].inQuote) return undefined
  }
  return undefined
}

/** `“…, ” she said, “and …”`: a quotation that goes on after the attribution. */
function continuation(context: CueContext, from: number): Quote | undefined {
  const { tokens } = context.sentence
  for (let i = from; i < tokens.length; i++) {
    const quote = quoteAt(context.passage.quotes, tokens[i], 'open')
    if (quote) return tokens[i - 1]?.text === ',' ? quote : undefined
    if (/^[.;!?]$/.test(tokens[i].text)) return undefined
  }
  return undefined
}

function phraseBetween(sentence: Sentence, from: number, to: number): Span | undefined {
  if (sentence.tokens.slice(from, to).some((t) => reportingVerbs.has(t.lower))) return undefined
  let between = sentence.tokens.slice(from, to)
  const bracket = between.findIndex((t) => t.text === '(')
  if (bracket > 0) between = between.slice(0, bracket)
  const words = between.filter(
    (t) => t.text !== ',' && !functionWords.betweenSpeakerAndCue.has(t.lower),
  )
  if (words.length === 0) return undefined
  return { start: words[0].start, end: words[words.length - 1].end }
}

/** `“We will not retreat,” Varga said.` and `“…,” said Gen. Tomas Bek.` */
export function quoteThenAttribution(context: CueContext): Finding | undefined {
  const found = quoteBefore(context)
  if (!found) return undefined
  const { sentence, cue, text } = context
  const before = phraseBetween(sentence, found.from, cue.index)
  const after = before ? undefined : speakerAfter(sentence, cue.end, true)
  const phrase = before ?? after?.phrase
  if (!phrase) return undefined
  const more = continuation(context, after?.to ?? cue.end)
  const content = trimSpan(
    text,
    { start: found.quote.start, end: more ? more.end : found.quote.end },
    'quotation',
  )
  return {
    rule: 'quote-then-attribution',
    content,
    speaker: { phrase },
    cue: cue.cue,
    mode: 'direct',
    confidence: 0.9,
    at: phrase.start,
  }
}
