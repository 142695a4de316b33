import type { SpeakerPhrase } from './parseSpeakerPhrase'
import type { Mentioned, SpeakerMemory } from './speakerMemory'

/** A speaker for a finding, and how much the way they were named lowers the confidence. */
export interface Attribution {
  speaker: Mentioned
  factor: number
}

/**
 * Who the words naming a speaker refer to: the registry and the article's earlier mentions first
 * ("Varga" after "Ilse Varga", "she", "the ministry"), else someone new with a guessed kind.
 */
export function attributeSpeaker(
  phrase: SpeakerPhrase,
  memory: SpeakerMemory,
  at: number,
): Attribution | undefined {
  const again = (found: Mentioned | undefined, factor: number): Attribution | undefined =>
    found && { speaker: memory.note(found.name, found.kind, at), factor }
  switch (phrase.type) {
    case 'pronoun':
      return again(memory.pronoun(phrase.pronoun, at), 0.85)
    case 'role': {
      // "the candidate" no one was named as before is still the speaker, by those words.
      const found = memory.role(phrase.head, at)
      return found
        ? again(found, 0.8)
        : { speaker: memory.note(phrase.name, phrase.kind, at), factor: 0.7 }
    }
    case 'delegate': {
      const attribution = attributeSpeaker(phrase.of, memory, at)
      return attribution && { ...attribution, factor: attribution.factor * 0.9 }
    }
    case 'description': {
      const speaker = memory.note(phrase.name, phrase.kind, at)
      return { speaker, factor: speaker.id ? 1 : 0.85 }
    }
    case 'name': {
      const known = memory.find(phrase.name, phrase.titled ? 'person' : undefined)
      const single = !phrase.name.includes(' ')
      const registered = single && !known && phrase.titled && memory.registeredSurname(phrase.name)
      const speaker = memory.note(registered || phrase.name, known?.kind ?? phrase.kind, at, {
        roles: phrase.roles,
        gender: phrase.gender,
      })
      return { speaker, factor: speaker.id || known ? 1 : single ? 0.8 : 0.95 }
    }
  }
}
