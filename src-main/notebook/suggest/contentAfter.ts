import type { CueContext, Quote, Span, Token } from './finding'
import { functionWords } from './functionWords'
import { lexiconTags } from './lexiconTags'
import { quoteAt } from './quoteAt'
import { secondActAt, stopsContent } from './contentStops'
import {
  infinitiveVerbs,
  isReportingVerb,
  objectContentVerbs,
  objectFirstVerbs,
} from './reportingVerbs'

/** What follows a cue: a quotation (`said: “…”`) or a content clause (`said [that] the border…`). */
export type ContentAfter = { kind: 'quote'; quote: Quote } | { kind: 'clause'; span: Span }

const THAT_WITHIN = 20

/** Skips "on Monday", "later", "in a statement" (only before "that"), and "told reporters". */
function skipAdverbials(tokens: readonly Token[], i: number): number {
  for (;;) {
    const token = tokens[i]
    if (!token) return i
    if (functionWords.timeWords.has(token.lower)) i++
    else if (token.lower === 'on' && functionWords.timeWords.has(tokens[i + 1]?.lower ?? '')) i += 2
    else if (
      /^(last|this|next)$/.test(token.lower) &&
      /^(week|month|year)$/.test(tokens[i + 1]?.lower ?? '')
    )
      i += 2
    else return i
  }
}

function skipObject(tokens: readonly Token[], i: number): number {
  const token = tokens[i]
  if (!token) return i
  if (/^\p{Lu}/u.test(token.text)) {
    while (/^\p{Lu}/u.test(tokens[i]?.text ?? '')) i++
    return i
  }
  if (
    functionWords.determiners.has(token.lower) &&
    !functionWords.speakerPronouns.has(token.lower)
  ) {
    i++
    while (
      tokens[i] &&
      !functionWords.clauseStarts.has(tokens[i].lower) &&
      !/^[,:;“"]$/.test(tokens[i].text)
    )
      i++
    return i
  }
  if (functionWords.clauseStarts.has(token.lower)) return i
  i++
  if (tokens[i]?.lower === 'in' && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '')) i += 2
  return i
}

/** "called", "urged": a verb that takes the sentence back to its subject after a quotation. */
function isVerbLike(token: Token | undefined): boolean {
  if (!token || /^\p{Lu}/u.test(token.text)) return false
  return /ed$/.test(token.lower) || lexiconTags(token.lower).includes('PastTense')
}

/** "ban" in "to ban": a lowercase word that is no determiner, pronoun or plural noun. */
function isBareVerb(token: Token | undefined): boolean {
  if (!token || !/^\p{Ll}+$/u.test(token.text)) return false
  if (functionWords.determiners.has(token.lower) || functionWords.clauseStarts.has(token.lower))
    return false
  return !lexiconTags(token.lower).some((tag) => /Plural|Pronoun|Determiner/.test(tag))
}

const COLON_WITHIN = 10

/** `wrote on his blog: “…”`: the colon that follows the cue's adverbials, if one does. */
function colonAhead(tokens: readonly Token[], i: number): number {
  for (let j = i; j < Math.min(tokens.length, i + COLON_WITHIN); j++) {
    if (tokens[j].text === ':') return j
    // `said at a news conference, “…”`: a comma before the quotation, after the adverbial.
    if (tokens[j].text === ',' && j > i && /^[“"]$/.test(tokens[j + 1]?.text ?? '')) return j
    if (/^[.;“”"]$/.test(tokens[j].text) || tokens[j].inQuote || startsClause(tokens[j])) return i
  }
  return i
}

/** "it's", "they're", "won't" — not a possessive ("this week's"). */
const isContraction = (lower: string) =>
  /^\p{L}+'(re|ll|d|ve|m)$|n't$|^(it|he|she|that|there|what|who|here|where)'s$/u.test(lower)

/** A word that only a clause has: a subject pronoun, a verb, a contraction ("it's"). */
function startsClause(token: Token): boolean {
  if (functionWords.finiteVerbs.has(token.lower) || functionWords.subjectPronouns.has(token.lower))
    return true
  if (isContraction(token.lower)) return true
  return lexiconTags(token.lower).some((tag) => /PresentTense|PastTense|Copula|Modal/.test(tag))
}

/** A clause has a verb: "was", "it's", "cuts were", or a present tense after its first word ("he hopes"). */
function hasFiniteVerb(tokens: readonly Token[]): boolean {
  if (functionWords.subjectPronouns.has(tokens[0]?.lower ?? '') && tokens.length > 1) return true
  return tokens.some(
    (t, i) =>
      functionWords.finiteVerbs.has(t.lower) ||
      isContraction(t.lower) ||
      (!/^\p{Lu}/u.test(t.text) && /ed$/.test(t.lower)) ||
      lexiconTags(t.lower).some(
        (tag) =>
          /PastTense|Modal/.test(tag) ||
          (i > 0 && tag === 'PresentTense') ||
          (tag === 'Infinitive' && /s$/.test(tokens[i - 1]?.lower ?? '')),
      ),
  )
}

/** Words that join a clause with its own attribution to the one before. */
const LINKS = new Set('and but while whereas though although yet'.split(' '))

/** A cue in the clause that starts at i, before its next comma. */
function hasCueAhead(tokens: readonly Token[], i: number): boolean {
  for (let j = i; j < tokens.length && !/^[,;.]$/.test(tokens[j].text); j++)
    if (!tokens[j].inQuote && (isReportingVerb(tokens, j) || tokens[j].lower === 'according'))
      return true
  return false
}

/** Where a clause stops: before "and said", ", saying", ", according to", or at the sentence's end. */
function clauseEnd(tokens: readonly Token[], from: number, fronted = false): number {
  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i]
    if (token.inQuote) continue
    const next = i + 1
    // "Although Roth said the ferry would run, the council cut…": the main clause follows.
    if (fronted && token.text === ',' && i - from > 2 && hasFiniteVerb(tokens.slice(from, i)))
      return i
    if (functionWords.conjunctions.has(token.lower) && isReportingVerb(tokens, next)) return i
    if (/^(and|but)$/.test(token.lower) && i > from && secondActAt(tokens, next)) return i
    if (token.text === ',' && isReportingVerb(tokens, next) && /ing$/.test(tokens[next].lower))
      return i
    if (token.text === ',' && tokens[next]?.lower === 'according') return i
    if (token.text === ';') return i
    // The closing mark of "…,” citing" stays with the content.
    if (stopsContent(tokens, i, from) && hasFiniteVerb(tokens.slice(from, i)))
      return tokens[i].text === ',' ? i : i + 1
    // "…, while others say…", "…, and Deese said…": the next clause has its own speaker.
    if (LINKS.has(token.lower) && hasCueAhead(tokens, next)) return i > from ? i : tokens.length
    if (
      token.lower === 'and' &&
      /^[”"]$/.test(tokens[i - 1]?.text ?? '') &&
      isVerbLike(tokens[next])
    )
      return i
  }
  return tokens.length
}

/** Verbs that name the person addressed before "that": "warned voters that…". */
const PERSON_FIRST = /^(warn|remind|assur|inform|convinc|advis|promis|persuad|notif|ask|show)/
const TIME_NOUNS = /^(day|week|month|year|morning|afternoon|evening|night|weekend)$/

/**
 * "reported a profit … that analysts expected": a "that" after the verb's object opens a relative
 * clause, not what was said; not after "told reporters", "warned voters", "said the same day".
 */
function isRelativeThat(tokens: readonly Token[], from: number, that: number, verb: string) {
  const object = tokens[from]
  if (that === from || objectFirstVerbs.has(verb) || PERSON_FIRST.test(verb)) return false
  if (!functionWords.determiners.has(object.lower) || object.lower === 'that') return false
  return !tokens.slice(from, that).some((t) => TIME_NOUNS.test(t.lower))
}

const FRONTING = new Set(
  'although though while whereas despite after when because since'.split(' '),
)

/** The cue sits in a clause that opens the sentence before its main clause ("Although Roth said…,"). */
function isFronted(tokens: readonly Token[], cueIndex: number): boolean {
  // "When asked whether…, Maas replied": no subject of its own, the question is the main clause's.
  if (!FRONTING.has(tokens[0]?.lower ?? '') || cueIndex < 2) return false
  return !tokens.slice(0, cueIndex).some((t) => /^[,;:“”"]$/.test(t.text))
}

/** The content a cue introduces, if the words after it are one. */
export function contentAfter({ sentence, passage, cue }: CueContext): ContentAfter | undefined {
  const { tokens } = sentence
  let i = skipAdverbials(tokens, cue.end)
  const verb = tokens[cue.index].lower
  let that = false
  for (let j = i; j < Math.min(tokens.length, i + THAT_WITHIN); j++) {
    // "said it is no wonder that…", "says she wants a port that works": the content started before.
    if (/^[.;:“”"]$/.test(tokens[j].text)) break
    // "said, adding that…": the "that" is the next cue's.
    if (tokens[j].text === ',' && isReportingVerb(tokens, j + 1)) break
    // "told members at the congress that…": the object may look like a verb ("delegates").
    if (startsClause(tokens[j]) && !(j === i && objectFirstVerbs.has(tokens[cue.index].lower)))
      break
    if (tokens[j].lower === 'that' && !tokens[j].inQuote) {
      if (isRelativeThat(tokens, i, j, verb)) break
      i = j + 1
      that = true
      break
    }
  }
  if (!that && objectFirstVerbs.has(verb)) i = skipAdverbials(tokens, skipObject(tokens, i))
  if (!that) i = colonAhead(tokens, i)
  const next = tokens[i]
  if (!next) return undefined
  const afterColon = tokens.slice(i + 1).filter((t) => /\p{L}/u.test(t.text))
  if (
    next.text === ':' &&
    !quoteAt(passage.quotes, tokens[i + 1], 'open') &&
    afterColon.length >= 3
  )
    return { kind: 'clause', span: { start: tokens[i + 1].start, end: sentence.end } }
  const opening = /^[:,]$/.test(next.text) ? tokens[i + 1] : next
  const quote = quoteAt(passage.quotes, opening, 'open')
  if (quote && (opening !== next || quote.close >= sentence.end - 1))
    return { kind: 'quote', quote }
  if (/^[.,;:!?]$/.test(next.text)) return undefined
  // "vowed to ban the boats": the promise itself, right after the cue.
  const toVerb = next.lower === 'to' && infinitiveVerbs.has(verb) && isBareVerb(tokens[i + 1])
  const amount =
    /^(about|over|under|nearly|almost)$/.test(next.lower) &&
    /^(\p{N}|half|a|one|two|three)/u.test(tokens[i + 1]?.lower ?? '')
  if (!that && !toVerb && !amount && functionWords.prepositions.has(next.lower)) return undefined
  const end = clauseEnd(tokens, i, isFronted(tokens, cue.index))
  const words = tokens.slice(i, end)
  // "who asked not to be named": a condition of speaking, not something said.
  if (next.lower === 'not' && tokens[i + 1]?.lower === 'to') return undefined
  const infinitive = infinitiveVerbs.has(verb) && words.some((t) => t.lower === 'to')
  const described = /^describ/.test(verb) && words.some((t) => t.lower === 'as')
  const accused = /^accus/.test(verb) && words.some((t) => t.lower === 'of')
  // After "said" the words are what was said ("said the same", "said his friends feel so").
  const saying =
    /^(say|says|said|saying)$/.test(verb) &&
    (that || !/^(in|at|on|during|before|after|to|of|via|through)$/.test(next.lower))
  // "noted the irony", "tweeted a photo of the crowd": what such a verb takes is what was said.
  const object = objectContentVerbs.has(verb)
  if (
    words.length < 2 ||
    !(hasFiniteVerb(words) || infinitive || described || accused || saying || object)
  )
    return undefined
  return { kind: 'clause', span: { start: next.start, end: tokens[end - 1].end } }
}
