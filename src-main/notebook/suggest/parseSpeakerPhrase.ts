import type { SpeakerKind } from '../../shared/model'
import type { Span, Token } from './finding'
import { functionWords } from './functionWords'
import { lexiconTags } from './lexiconTags'
import { guessSpeakerKind } from './guessSpeakerKind'
import { isCapitalised, nameRuns } from './nameRuns'
import { personGender, type Gender } from './personGender'
import { quantifierSubjects } from './reportingVerbs'
import { speakerWords } from './speakerWords'
import { stripTitles } from './stripTitles'
import { tokenize } from './tokenize'

/** What the words naming a speaker say about them, before the article and registry are asked. */
export type SpeakerPhrase =
  | { type: 'pronoun'; pronoun: string }
  | {
      type: 'name'
      name: string
      kind: SpeakerKind
      /** A title or role came with the name, so it is a person's. */
      titled: boolean
      roles: string[]
      gender?: Gender
    }
  /** "the minister": someone named before, else the words themselves (`name`, `kind`). */
  | { type: 'role'; head: string; name: string; kind: SpeakerKind }
  | { type: 'delegate'; of: SpeakerPhrase }
  | { type: 'description'; name: string; kind: SpeakerKind }

const isWord = (t: Token) => /\p{L}/u.test(t.text)
const textsOf = (tokens: readonly Token[]) => tokens.filter(isWord).map((t) => t.text)

/** Comma-separated parts, without relative clauses, ages and participles ("mending a net"). */
function segments(tokens: readonly Token[]): Token[][] {
  const parts: Token[][] = [[]]
  for (const token of tokens) {
    if (token.text === ',') parts.push([])
    else if (!/^[—–]$/.test(token.text)) parts[parts.length - 1].push(token)
  }
  return parts.filter((part) => {
    const first = part[0]
    if (!first) return false
    if (functionWords.relatives.has(first.lower) || !part.some(isWord)) return false
    return !(/ing$/.test(first.lower) && !isCapitalised(first))
  })
}

function textOf(text: string, tokens: readonly Token[]): string {
  return tokens.length ? text.slice(tokens[0].start, tokens[tokens.length - 1].end) : ''
}

/**
 * "Chief Executive Officer of Nordvik Energy" names the company, not a person; "Secretary of
 * State Ola Brenn" names the person after the department.
 */
function withoutTitleOf(tokens: readonly Token[]): readonly Token[] {
  const of = tokens.findIndex((t) => t.lower === 'of')
  const titled = of > 0 && tokens.slice(0, of).every((t) => speakerWords.title.has(t.lower))
  if (!titled) return tokens
  const after = tokens.slice(of + 1)
  const forename = after.length >= 3 && lexiconTags(after[1].lower).some((t) => /Name$/.test(t))
  return forename ? after.slice(1) : after
}

/** "Ilse Marrow of Veloria": a person's name stops before "of". */
function untilOf(tokens: readonly Token[]): readonly Token[] {
  const of = tokens.findIndex((t) => t.lower === 'of')
  return of > 0 ? tokens.slice(0, of) : tokens
}

function personName(
  text: string,
  name: readonly Token[],
  titles: readonly string[],
  around: readonly Token[],
): SpeakerPhrase {
  const roles = [...titles, ...around.map((t) => t.lower)].filter(
    (word) => speakerWords.role.has(word) || speakerWords.title.has(word),
  )
  const gender = personGender([...titles, ...textsOf(name), ...roles])
  return {
    type: 'name',
    name: textOf(text, name),
    kind: 'person',
    titled: roles.length > 0,
    roles,
    gender,
  }
}

function named(text: string, parts: Token[][]): SpeakerPhrase | undefined {
  for (const [index, part] of parts.entries()) {
    const runs = nameRuns(part).filter((r) => !r.possessive && !r.afterPreposition && !r.modifier)
    const run = runs[runs.length - 1]
    if (!run) continue
    const runTokens = withoutTitleOf(part.slice(run.from, run.to))
    const descriptor = part.slice(0, run.from).filter(isWord)
    const stripped = stripTitles(runTokens)
    const name = untilOf(stripped.name)
    const titledPerson = stripped.titles.length > 0 && guessSpeakerKind(textsOf(name)) === 'person'
    const kind = guessSpeakerKind([...textsOf(descriptor), ...textsOf(runTokens)])
    if (titledPerson || kind === 'person' || kind === 'group') {
      const around = [...descriptor, ...parts.filter((_, i) => i !== index).flat()]
      return personName(text, name, stripped.titles, around)
    }
    // "Kelvara's Foreign Ministry": the owner is part of an organisation's name.
    const owner = nameRuns(part).find((r) => r.possessive && r.to >= run.from - 1)
    const whole = owner ? [...part.slice(owner.from, run.from), ...runTokens] : runTokens
    return { type: 'name', name: textOf(text, whole), kind, titled: false, roles: [] }
  }
  return undefined
}

function unnamed(text: string, part: Token[]): SpeakerPhrase | undefined {
  const words = part.filter(isWord)
  if (words.length === 1 && functionWords.speakerPronouns.has(words[0].lower))
    return { type: 'pronoun', pronoun: words[0].lower }
  const possessive = nameRuns(part).find((r) => r.possessive)
  const afterPossessive = possessive && part.slice(possessive.to).filter(isWord)
  if (
    possessive &&
    afterPossessive?.length === 1 &&
    speakerWords.delegate.has(afterPossessive[0].lower)
  ) {
    const owner = textOf(text, part.slice(possessive.from, possessive.to)).replace(/[’']s?$/, '')
    return {
      type: 'delegate',
      of: { type: 'name', name: owner, kind: 'person', titled: false, roles: [] },
    }
  }
  const link = words.findIndex((t, i) => i > 0 && /^(for|of|to|at)$/.test(t.lower))
  if (link > 0 && speakerWords.representative.has(words[link - 1].lower)) {
    const of = parseTokens(text, part.slice(part.indexOf(words[link]) + 1))
    return of && { type: 'delegate', of }
  }
  const preposition = words.findIndex((t, i) => i > 0 && functionWords.prepositions.has(t.lower))
  const phrase = preposition > 0 ? words.slice(0, preposition) : words
  // "Scientists at the Institute of Marine Research": the institution speaks.
  if (preposition > 0 && speakerWords.group.has(phrase[phrase.length - 1].lower)) {
    const at = named(text, [part.slice(part.indexOf(words[preposition]) + 1)])
    if (at?.type === 'name' && at.kind !== 'person') return at
  }
  const head = phrase[phrase.length - 1]
  if (!head) return undefined
  const definite = phrase[0].lower === 'the' && !phrase.slice(1).some(isCapitalised)
  const headNoun = speakerWords.role.has(head.lower) || speakerWords.organisation.has(head.lower)
  if (definite && (headNoun || speakerWords.media.has(head.lower)))
    return {
      type: 'role',
      head: head.lower,
      name: textOf(text, phrase.slice(1)),
      kind: guessSpeakerKind(phrase.slice(1).map((t) => t.text)),
    }
  // "most said", "Several said": the quantifier alone stands for the people.
  const alone = phrase.length === 1 && quantifierSubjects.has(phrase[0].lower)
  const described =
    functionWords.determiners.has(phrase[0].lower) && !alone ? phrase.slice(1) : phrase
  if (described.length === 0) return undefined
  const name = textOf(text, described)
  return { type: 'description', name, kind: guessSpeakerKind(described.map((t) => t.text)) }
}

function parseTokens(text: string, tokens: readonly Token[]): SpeakerPhrase | undefined {
  const parts = segments(tokens)
  if (parts.length === 0) return undefined
  return named(text, parts) ?? unnamed(text, parts[0])
}

/** "while the council says", "as the paper reported": words that open a clause, not a name. */
const OPENERS = new Set('while whereas though although yet because since as when if'.split(' '))

/** Reads the words that name a speaker: a name, a pronoun, a role noun, or a description. */
export function parseSpeakerPhrase(text: string, span: Span): SpeakerPhrase | undefined {
  const tokens = tokenize(text, span.start, span.end, [])
  while (
    tokens[0] &&
    (functionWords.conjunctions.has(tokens[0].lower) || OPENERS.has(tokens[0].lower))
  )
    tokens.shift()
  return parseTokens(text, tokens)
}
