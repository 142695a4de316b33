import { sharedSpeaker } from './contentClause'
import type { CueContext, Finding, Span, Token } from './finding'
import { functionWords } from './functionWords'
import { lexiconTags } from './lexiconTags'
import { nounPhraseBefore } from './nounPhraseBefore'
import { speakerBefore } from './speakerBefore'
import { speakerWords } from './speakerWords'
import { isSpeechActUse, speechActCues, speechActObjectAt } from './speechActVerbs'
import { statementMode } from './statementMode'
import { trimSpan } from './trimSpan'

const words = (list: string) => new Set(list.split(' '))

/** What starts a clause or an infinitive, not an object: other rules read those. */
const NOT_OBJECTS = words(
  'that whether if how why what when who whom where which to he she they we i you it there so nothing something anything everything much more little',
)
const OBJECT_PRONOUNS = words('him them us me her it')
/** Where the object's phrase ends: a clause of its own begins. */
const CLAUSE_STARTS = words(
  'because when while before after since although though whereas unless until saying adding according despite amid',
)
/** "in a statement", "at a rally", "during an interview": where it was said, not what. */
const VENUES = words(
  'statement statements interview interviews conference speech speeches rally rallies post posts tweet tweets letter video briefing debate hearing meeting event appearance address remarks email release news twitter facebook television radio podcast op-ed',
)
const VENUE_WITHIN = 4
const STORIES = words('story stories tale tales joke jokes anecdote anecdotes version account')
const MANNER = words(
  'condition background record phone telephone camera television radio behalf stage floor air',
)
/** Verbs whose object is first the person addressed: "urged them to return", "called on members to join". */
const ADDRESSING = /^urg|^call\w* on$/

const isBoundary = (token: Token) => /^[,;:()—–!?[\]]$/.test(token.text)
const isCapitalised = (token: Token) => /^\p{Lu}/u.test(token.text)

function isVerbLike(token: Token | undefined): boolean {
  if (!token || isCapitalised(token)) return false
  if (functionWords.finiteVerbs.has(token.lower) || functionWords.subjectPronouns.has(token.lower))
    return true
  return lexiconTags(token.lower).some((tag) => /PastTense|PresentTense|Modal/.test(tag))
}

/** "in a statement on Monday", "on Twitter", "last week": a place or time where the object ends. */
function isAdjunct(tokens: readonly Token[], j: number): boolean {
  const { lower } = tokens[j]
  const next = tokens[j + 1]?.lower ?? ''
  if (functionWords.timeWords.has(lower) && !/^(also|then|now)$/.test(lower)) return true
  if (/^(last|this|next)$/.test(lower) && /^(week|month|year|weekend)$/.test(next)) return true
  if (lower === 'by' && next === 'name') return true
  if (!/^(in|at|during|on|via|through|over)$/.test(lower)) return false
  if (functionWords.timeWords.has(next)) return true
  return tokens.slice(j + 1, j + 1 + VENUE_WITHIN).some((t) => VENUES.has(t.lower))
}

const isTimeOnly = (phrase: string) =>
  phrase
    .toLowerCase()
    .split(/\s+/)
    .every(
      (word) => functionWords.timeWords.has(word) || /^(on|last|this|week|month|year)$/.test(word),
    )

/** Where the object phrase that starts at `at` ends (exclusive). */
function objectEnd(tokens: readonly Token[], at: number): number {
  let infinitive = false
  for (let j = at; j < tokens.length; j++) {
    const token = tokens[j]
    const next = tokens[j + 1]
    if (token.inQuote) continue
    if (isBoundary(token) || CLAUSE_STARTS.has(token.lower)) return j
    // "urged members to join a protest next week": the time is the protest's.
    infinitive ||= j > at && token.lower === 'to'
    if (j > at && !infinitive && isAdjunct(tokens, j)) return j
    if (functionWords.conjunctions.has(token.lower) && isVerbLike(next)) return j
    if (token.lower === 'as' && (isVerbLike(next) || next?.lower === 'well')) return j
  }
  return tokens.length
}

/** The object noun phrase with its complements, if it is one that says what was said. */
function objectPhrase(tokens: readonly Token[], at: number, cue: string): Span | undefined {
  const first = tokens[at]
  if (!first || first.inQuote || isBoundary(first) || /^[“”"'‘’.]$/.test(first.text))
    return undefined
  if (
    NOT_OBJECTS.has(first.lower) ||
    functionWords.prepositions.has(first.lower) ||
    functionWords.timeWords.has(first.lower)
  )
    return undefined
  const end = objectEnd(tokens, at)
  const object = tokens.slice(at, end).filter((t) => /[\p{L}\p{N}]/u.test(t.text))
  if (object.length === 0) return undefined
  const toVerb = object.some((t, i) => t.lower === 'to' && i > 0)
  const pronoun = OBJECT_PRONOUNS.has(first.lower) && !(first.lower === 'her' && object.length > 1)
  // "urged voters", "mentioned Cruz", "warned him": a person addressed or named, nothing said.
  if ((pronoun || object.every(isCapitalised)) && !toVerb) return undefined
  // "denied Carter a photograph", "declared himself": a person the act is about, not what was said.
  const owner = object.findIndex((t) => !isCapitalised(t) || /['’]s$/.test(t.text))
  if (isCapitalised(first) && !/['’]s$/.test(object[owner]?.text ?? '') && !toVerb) return undefined
  // "told the story of his escape", "told a joke": not "told reporters" or "told a different story".
  const story = object.findIndex((t, i) => i < 4 && STORIES.has(t.lower))
  const told =
    story >= 0 &&
    (/^joke/.test(object[story].lower) || /^(of|about)$/.test(object[story + 1]?.lower ?? ''))
  if (/^tel|^told/.test(cue) && !told) return undefined
  // "spoke on condition of anonymity", "spoke on the phone": how, not about what.
  if (/ on$/.test(cue) && object.some((t, i) => i < 2 && MANNER.has(t.lower))) return undefined
  if (/self$|selves$/.test(first.lower)) return undefined
  const head = object[object.length - 1].lower
  const person =
    isCapitalised(first) ||
    speakerWords.group.has(head) ||
    speakerWords.role.has(head) ||
    /(ers|ists|ans|ents|people)$/.test(head)
  if (ADDRESSING.test(cue) && person && !toVerb) return undefined
  return { start: tokens[at].start, end: tokens[end - 1].end }
}

/**
 * `Ada Roth announced her resignation.`, `The union called for an inquiry.`, `She spoke about the
 * tax plan.`: a speech act whose object is what was said; the speaker is the verb's subject.
 */
export function speechActObject(context: CueContext): Finding | undefined {
  const { sentence, cue } = context
  const { tokens } = sentence
  if (!isSpeechActUse(tokens, cue.index)) return undefined
  const object = speechActObjectAt(tokens, cue.index)
  if (!object) return undefined
  const span = objectPhrase(tokens, object.at, object.cue)
  if (!span) return undefined
  const found = speakerBefore(sentence, cue.index)
  const fallback = found ? undefined : nounPhraseBefore(sentence, cue.index)
  const before = found ?? (fallback && { kind: 'phrase' as const, phrase: fallback })
  if (!before) return undefined
  // "Wednesday called on …": a time read as the speaker; no one to give the words to.
  if (
    before.kind === 'phrase' &&
    isTimeOnly(context.text.slice(before.phrase.start, before.phrase.end))
  )
    return undefined
  // "She spoke about the ferry, demanding …": the speaker of the act before, as for "and said".
  const earlier = speechActCues(sentence).some((other) => other.index < cue.index)
  const speaker =
    before.kind === 'phrase'
      ? { phrase: before.phrase }
      : earlier
        ? ('previous' as const)
        : sharedSpeaker(context)
  if (!speaker) return undefined
  const content = trimSpan(context.text, span, 'paraphrase')
  return {
    rule: 'speech-act-object',
    content,
    speaker,
    cue: object.cue,
    mode: statementMode(content, context.passage.quotes),
    confidence: speaker === 'previous' ? 0.55 : 0.6,
    at: speaker === 'previous' ? tokens[cue.index].start : speaker.phrase.start,
  }
}
