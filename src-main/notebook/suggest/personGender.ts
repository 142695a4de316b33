import { lexiconTags } from './lexiconTags'
import { speakerWords } from './speakerWords'

export type Gender = 'female' | 'male'

/** What a first name, an honorific or a role noun says of a person's gender, if anything. */
export function personGender(words: readonly string[]): Gender | undefined {
  for (const word of words) {
    const lower = word.toLowerCase().replace(/\.$/, '')
    if (speakerWords.female.has(lower)) return 'female'
    if (speakerWords.male.has(lower)) return 'male'
    const tags = lexiconTags(lower)
    if (tags.includes('FemaleName')) return 'female'
    if (tags.includes('MaleName')) return 'male'
  }
  return undefined
}
