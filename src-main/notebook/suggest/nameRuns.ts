import type { Token } from './finding'
import { functionWords } from './functionWords'
import { lexiconTags } from './lexiconTags'
import { speakerWords } from './speakerWords'

/** Capitalised words in a row that may name someone: "Prime Minister Ilse Varga", "KNA". */
export interface NameRun {
  /** Token indexes [from, to). */
  from: number
  to: number
  /** "Norvania's", "dockworkers'" */
  possessive: boolean
  /** After a preposition: a complement ("of the Merisol Consumers' Union"), not the head. */
  afterPreposition: boolean
  /** Before a lowercase noun: a modifier ("Kelvaran state media"). */
  modifier: boolean
}

const MONTHS = new Set(
  'january february march april may june july august september october november december'.split(
    ' ',
  ),
)

export const isCapitalised = (token: Token | undefined): boolean =>
  !!token && /^\p{Lu}/u.test(token.text) && /\p{L}/u.test(token.text)

export const isPossessive = (tokens: readonly Token[], i: number): boolean =>
  tokens[i].lower.endsWith("'s") || tokens[i + 1]?.text === "'" || tokens[i + 1]?.text === '’'

/** A capitalised word that only starts a sentence: "The", "Speaking", "Asked". */
function isOrdinaryWord(token: Token): boolean {
  if (speakerWords.group.has(token.lower)) return true
  const tags = lexiconTags(token.lower)
  if (tags.length === 0 || speakerWords.title.has(token.lower)) return false
  return !tags.some((tag) => /Name|ProperNoun|Honorific|Organization|Place/.test(tag))
}

function isTimeWord(token: Token): boolean {
  return MONTHS.has(token.lower) || functionWords.timeWords.has(token.lower)
}

/** The name runs among tokens [from, to). */
export function nameRuns(tokens: readonly Token[], from = 0, to = tokens.length): NameRun[] {
  const runs: NameRun[] = []
  let i = from
  while (i < to) {
    if (!isCapitalised(tokens[i]) || isTimeWord(tokens[i])) {
      i++
      continue
    }
    const atStart = i === 0 || /^[“"—–(]$/.test(tokens[i - 1].text)
    if (atStart && isOrdinaryWord(tokens[i]) && !isPossessive(tokens, i)) {
      i++
      continue
    }
    const start = i
    let possessive = false
    while (i < to && isCapitalised(tokens[i]) && !isTimeWord(tokens[i])) {
      const inName = tokens[i + 1]?.text === "'" && isCapitalised(tokens[i + 2])
      if (inName) {
        i += 2
        continue
      }
      if (isPossessive(tokens, i)) {
        possessive = true
        i++
        break
      }
      i++
      if (tokens[i]?.lower === 'of' && isCapitalised(tokens[i + 1])) i++
      if (tokens[i]?.text === '.' && tokens[i - 1].text.length <= 3 && isCapitalised(tokens[i + 1]))
        i++
    }
    let b = start - 1
    while (b >= 0 && functionWords.determiners.has(tokens[b].lower)) b--
    const before = tokens[b]?.lower ?? ''
    const next = tokens[possessive && tokens[i]?.text === "'" ? i + 1 : i]
    runs.push({
      from: start,
      to: i,
      possessive,
      afterPreposition: functionWords.prepositions.has(before) || before === 'of',
      modifier: !possessive && !!next && /^\p{Ll}/u.test(next.text) && isNounLike(next),
    })
    if (possessive && tokens[i]?.text === "'") i++
  }
  return runs
}

function isNounLike(token: Token): boolean {
  const { lower } = token
  if (functionWords.relatives.has(lower) || functionWords.prepositions.has(lower)) return false
  if (functionWords.finiteVerbs.has(lower) || functionWords.conjunctions.has(lower)) return false
  if (/ed$/.test(lower)) return false
  const tags = lexiconTags(lower)
  if (
    tags.some((tag) =>
      /PastTense|Gerund|Copula|Modal|Auxiliary|Adverb|Preposition|Conjunction|Determiner|Pronoun|Reflexive/.test(
        tag,
      ),
    )
  )
    return false
  if (tags.includes('Plural') || !lower.endsWith('s')) return true
  return !lexiconTags(lower.replace(/e?s$/, '')).some((tag) => /Infinitive|Verb/.test(tag))
}
