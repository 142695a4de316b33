import type { CueContext, Finding, Token } from './finding'
import { lexiconTags } from './lexiconTags'
import { statementMode } from './statementMode'
import { trimSpan } from './trimSpan'

const MAX_NAME_TOKENS = 6
const MIN_WORDS = 3

/** Words that head a paragraph with a colon without anyone saying what follows. */
const SECTION_WORDS = new Set(
  'background update updated note editor editors related reports report read more photo photos video watch source sources correction clarification advertisement exclusive breaking live see also listen transcript caption credit image getty contact email tags share'.split(
    ' ',
  ),
)

/** A word of a name: capitalised and not a common word that only opens a line ("Watch"). */
function isNameWord(token: Token, alone: boolean): boolean {
  if (token.text === '.') return true
  if (!/^\p{Lu}/u.test(token.text) || SECTION_WORDS.has(token.lower)) return false
  // A headline's words are capitalised too: "Falk Backs Berg:", "IT IS ON:", "Q:".
  const tags = lexiconTags(token.lower)
  if (
    token.text.length < 2 ||
    tags.some((tag) => /Verb|Tense|Copula|Preposition|Determiner/.test(tag))
  )
    return false
  if (!alone) return true
  return tags.length === 0 || tags.some((tag) => /Name|Honorific|Organization/.test(tag))
}

/**
 * Where the name before a colon starts: the sentence's start, or after a dash (`POLLS WRONG -
 * Ada Roth: “…”`). Names may be joined by "and".
 */
export function nameColonStart(tokens: readonly Token[], colon: number): number | undefined {
  let from = 0
  for (let i = colon - 1; i > 0; i--)
    if (/^[-—–]$/.test(tokens[i].text)) {
      from = i + 1
      break
    }
  const name = tokens.slice(from, colon)
  if (name.length === 0 || name.length > MAX_NAME_TOKENS) return undefined
  const nameWord = (t: Token, i: number) =>
    isNameWord(t, name.length === 1) || (t.lower === 'and' && i > 0 && i < name.length - 1)
  return name.every(nameWord) ? from : undefined
}

/** Where a name that opens a sentence ends at a colon (`DAHLBERG: We will…`), if one does. */
export function nameColonAt(tokens: readonly Token[]): number | undefined {
  const colon = tokens.findIndex((t) => t.text === ':')
  if (colon < 1 || tokens[colon].inQuote || nameColonStart(tokens, colon) === undefined)
    return undefined
  const after = tokens.slice(colon + 1).filter((t) => /\p{L}/u.test(t.text))
  return after.length >= MIN_WORDS ? colon : undefined
}

/** `DAHLBERG: The port stays open.` — a transcript's or a headline's speaker before a colon. */
export function nameColon(context: CueContext): Finding | undefined {
  const { sentence, cue, text, passage } = context
  if (cue.cue !== ':' || nameColonAt(sentence.tokens) !== cue.index) return undefined
  const { tokens } = sentence
  const from = nameColonStart(tokens, cue.index) ?? 0
  const phrase = { start: tokens[from].start, end: tokens[cue.index - 1].end }
  const content = trimSpan(
    text,
    { start: tokens[cue.index + 1].start, end: passage.end },
    'paraphrase',
  )
  return {
    rule: 'name-colon',
    content,
    speaker: { phrase },
    cue: ':',
    mode: statementMode(content, passage.quotes),
    confidence: 0.6,
    at: phrase.start,
  }
}
