import { editDistance } from './editDistance'

/**
 * How names are matched, in one place for the service, the suggestions and the renderer: a name
 * found whatever its case and accents, the same name carried over from Cyrillic or Arabic in
 * another spelling, a surname alone, and a slip of the keyboard.
 */

/** Characters that case folding alone handles; anything else may carry an accent to drop. */
const PLAIN = /^[\t\n\r\u0020-\u007e]*$/

/** Text as people compare it: lower case, accents dropped ("Zelenskyy" → "zelenskyy", "É" → "e"). */
export function foldText(text: string): string {
  const lower = text.toLowerCase()
  // Decomposing is the slow part of indexing: most words of most archives do not need it.
  return PLAIN.test(lower) ? lower : lower.normalize('NFKD').replace(/\p{M}/gu, '')
}

/** A label as people match it: case, accents and spacing ignored ("Zelenskyy" ≠ "Zelensky" still). */
export function foldLabel(label: string): string {
  return foldText(label).replace(/\s+/g, ' ').trim()
}

/**
 * One spelling for the ways a word of a name is carried over from Cyrillic, Arabic or German:
 * Zelenskiy/Zelenskyy/Zelensky, Aleksandr/Alexandr, Kharkiv/Harkiv, Jurij/Yuriy, Wladimir/
 * Vladimir, Tschaikowsky/Chaikovsky, Yevgeny/Evgeny, Sergeyev/Sergeev, Youssef/Yussef,
 * Gadhafi/Gadafi, Ivanoff/Ivanov. A doubled letter still counts ("Vel" is not "Vell"): as often
 * a slip as a spelling, it is left to the near misses, which are offered but never taken as one.
 */
function spellingKey(word: string): string {
  return word
    .replace(/^ye(?=\p{L})/u, 'e')
    .replace(/t?sch/g, (found) => (found === 'tsch' ? 'ch' : 'sh'))
    .replace(/tch/g, 'ch')
    .replace(/kh/g, 'h')
    .replace(/dh/g, 'd')
    .replace(/ph/g, 'f')
    .replace(/x/g, 'ks')
    .replace(/off$/, 'ov')
    .replace(/w/g, 'v')
    .replace(/j/g, 'y')
    .replace(/ou/g, 'u')
    .replace(/([aeiou])y(?=ev)/g, '$1')
    .replace(/(?<=[^aeiouy])(iy|yi|ii|yy|i)$/, 'y')
}

/** A name's words, folded, without punctuation, a leading "the" or a possessive. */
function nameWords(name: string): string[] {
  const words = foldText(name)
    .replace(/[’‘`]/g, "'")
    .replace(/'s?\b|'$/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean)
  return words[0] === 'the' && words.length > 1 ? words.slice(1) : words
}

// The suggestions ask for the key of the same few names again and again.
const keys = new Map<string, string>()

/**
 * The key two spellings of one name share: case, accents, a leading "the", a possessive and
 * transliteration variants ignored ("Zelenskiy", "Zelensky", "Zelenskyy" → "zelensky").
 */
export function nameKey(name: string): string {
  let key = keys.get(name)
  if (key === undefined) {
    if (keys.size > 100_000) keys.clear()
    key = nameWords(name).map(spellingKey).join(' ')
    keys.set(name, key)
  }
  return key
}

/**
 * A key with its doubled letters made single ("labbot" for "labott"): for the mentions of one
 * article, where a doubled letter one way or the other is the same person, never for the registry.
 */
export function mentionKey(key: string): string {
  return key.replace(/(\p{L})\1+/gu, '$1')
}

/** Words that belong to the surname after them: "von der Leyen", "bin Salman", "de la Cruz". */
const PARTICLES = new Set(
  'al abu ben bin bint da das de del della den der des di do dos du el ibn la le st ten ter van von zu'.split(
    ' ',
  ),
)

/**
 * The key of a person's surname: the last word with the particles before it ("Ursula von der
 * Leyen" → "von der leyen", never "leyen"); '' for a name of one word.
 */
export function surnameKey(name: string): string {
  const words = nameKey(name).split(' ')
  let from = words.length - 1
  while (from > 1 && PARTICLES.has(words[from - 1])) from--
  return from > 0 ? words.slice(from).join(' ') : ''
}

/** Edits allowed for a near miss: none for a short name, which would otherwise match too much. */
export function nearMissBudget(typed: string): number {
  const length = typed.replace(/ /g, '').length
  return length < 5 ? 0 : length < 9 ? 1 : 2
}

/** How a name matches what was typed, best first. */
export const NameMatch = {
  /** The name starts with it. */
  start: 0,
  /** A word of the name starts with it ("brenn" in "Anton Brenn"). */
  word: 1,
  /** The name holds it ("brenn" in "Mara Obrenn"). */
  within: 2,
  /** Another spelling of the name or of a word in it, or its surname ("Zelensky", "Zelenskiy"). */
  spelling: 3,
  /** A slip or two away from the name or a run of its words ("Zelenksy"). */
  near: 4,
} as const
export type NameMatch = (typeof NameMatch)[keyof typeof NameMatch]

const isWordCharacter = (character: string | undefined) =>
  character !== undefined && /[\p{L}\p{N}]/u.test(character)

/** start, word or within for folded text; undefined when `name` does not hold `wanted`. */
function closeness(name: string, wanted: string): NameMatch | undefined {
  if (name.startsWith(wanted)) return NameMatch.start
  let at = name.indexOf(wanted)
  if (at < 0) return undefined
  for (; at >= 0; at = name.indexOf(wanted, at + 1))
    if (!isWordCharacter(name[at - 1])) return NameMatch.word
  return NameMatch.within
}

/** Whether `key` starts with `wanted` at a word: one spelling of the name's start or a word in it. */
const startsAWord = (key: string, wanted: string) =>
  key.startsWith(wanted) || key.includes(` ${wanted}`)

/** The fewest edits from `wanted` to the whole key or to a run of as many of its words. */
function nearestRun(key: string, wanted: string, budget: number): number {
  const words = key.split(' ')
  const count = wanted.split(' ').length
  let best = editDistance(key, wanted, budget)
  for (let i = 0; i + count <= words.length && best > 0; i++)
    best = Math.min(best, editDistance(words.slice(i, i + count).join(' '), wanted, budget))
  return best
}

/** What `typed` is when matched: its folded text and its name key, worked out once per list. */
export interface TypedName {
  folded: string
  key: string
  budget: number
}

export function typedName(typed: string): TypedName {
  const key = nameKey(typed)
  return { folded: foldLabel(typed), key, budget: nearMissBudget(key) }
}

/** A registry name's forms, worked out once: a list is matched again at every key typed. */
interface KnownName {
  folded: string
  key: string
  surname: string
}
const known = new Map<string, KnownName>()

function knownName(name: string): KnownName {
  let found = known.get(name)
  if (!found) {
    if (known.size > 100_000) known.clear()
    found = { folded: foldLabel(name), key: nameKey(name), surname: surnameKey(name) }
    known.set(name, found)
  }
  return found
}

/**
 * How `name` matches what was typed, and for a near miss how many edits it is; undefined when it
 * does not. `spellings` false: by its letters alone (a position's label, not a name).
 */
export function matchName(
  name: string,
  typed: TypedName,
  spellings = true,
): { match: NameMatch; edits: number } | undefined {
  if (!typed.folded) return undefined
  const { folded, key, surname } = knownName(name)
  const plain = closeness(folded, typed.folded)
  if (plain !== undefined) return { match: plain, edits: 0 }
  if (!spellings || !typed.key) return undefined
  const spelled =
    key === typed.key ||
    surname === typed.key ||
    // Another spelling of a word's start ("Aleks" for "Alexander"), once more than two letters are typed.
    (typed.key.length >= 3 && startsAWord(key, typed.key))
  if (spelled) return { match: NameMatch.spelling, edits: 0 }
  if (typed.budget === 0) return undefined
  const edits = nearestRun(key, typed.key, typed.budget)
  return edits <= typed.budget ? { match: NameMatch.near, edits } : undefined
}
