import type { SpeakerKind } from '../../shared/model'
import { lexiconTags } from './lexiconTags'
import { speakerWords } from './speakerWords'

/** Two words that make an outlet of an organisation noun ("Ukrinform news agency"). */
const MEDIA_PAIRS = new Set(['news agency', 'press agency', 'news service', 'wire service'])

/**
 * What kind of speaker words name, from the words themselves: "Radio Lume" and "state media" are
 * media, "Merisol Audit Office" an organisation, "opposition lawmakers" a group, else a person.
 */
export function guessSpeakerKind(words: readonly string[]): SpeakerKind {
  const lower = words.map((word) => word.toLowerCase().replace(/[’']s?$/, ''))
  const head = lower[lower.length - 1] ?? ''
  if (MEDIA_PAIRS.has(lower.slice(-2).join(' '))) return 'media'
  if (speakerWords.media.has(head)) return 'media'
  if (speakerWords.organisation.has(head)) return 'organisation'
  if (lower.some((word) => speakerWords.media.has(word))) return 'media'
  if (lower.some((word) => speakerWords.organisation.has(word))) return 'organisation'
  if (speakerWords.group.has(head)) return 'group'
  if (lexiconTags(head).includes('Plural'))
    return /^\p{Lu}/u.test(words[words.length - 1] ?? '') ? 'organisation' : 'group'
  if (words.length === 1 && /^\p{Lu}{2,6}$/u.test(words[0])) return 'organisation'
  return 'person'
}
