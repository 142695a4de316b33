import type { SpeakerKind } from '../../shared/model'
import { mentionKey, nameKey, surnameKey } from '../../shared/nameKey'
import type { Gender } from './personGender'
import type { RegistryIndex } from './registryIndex'
import { speakerWords } from './speakerWords'

/** A speaker as a suggestion names it: the registry's when known, else proposed. */
export interface KnownSpeaker {
  id?: string
  name: string
  kind: SpeakerKind
}

/** Someone the article has mentioned so far. */
export interface Mentioned extends KnownSpeaker {
  keys: Set<string>
  surname?: string
  words: Set<string>
  roles: Set<string>
  gender?: Gender
  /** Where they were last mentioned other than as a possessive ("Ferre's remarks"). */
  lastAt: number
}

export interface NameDetails {
  roles?: readonly string[]
  gender?: Gender
  possessive?: boolean
}

// An article's mentions of one person: a doubled letter one way or the other is still them.
const keyOf = (name: string) => mentionKey(nameKey(name))
const surnameOf = (name: string) => mentionKey(surnameKey(name))

const GENERIC_ORGANISATION = new Set(['company', 'firm', 'group', 'organisation', 'organization'])

/** Who the article has named so far, for surnames, pronouns and role nouns that follow. */
export class SpeakerMemory {
  readonly #registry: RegistryIndex
  readonly #mentioned: Mentioned[] = []

  constructor(registry: RegistryIndex) {
    this.#registry = registry
  }

  /** Someone named earlier by this name, its surname ("Varga") or a word of an outlet's name ("the Herald"). */
  find(name: string, kind?: SpeakerKind): Mentioned | undefined {
    const key = keyOf(name)
    // "the Herald" is the Kelvara Herald; "Mr. Dahl" is not Dahl University.
    const byWord = !key.includes(' ') && kind !== 'person'
    // "Clinton" is Hillary Clinton before it is a more recent "Clinton campaign".
    const recent = this.#recent()
    return (
      recent.find((m) => m.keys.has(key) || m.surname === key) ??
      recent.find((m) => byWord && m.kind !== 'person' && m.words.has(key))
    )
  }

  /** A registry person by surname alone: only for a titled mention ("President Haravenskyy"). */
  registeredSurname(surname: string): string | undefined {
    return this.#registry.findSurname(surname)?.name
  }

  /** Records a mention; returns who it is (an earlier mention, a registry speaker, or someone new). */
  note(name: string, kind: SpeakerKind, at: number, details: NameDetails = {}): Mentioned {
    const registered = this.#registry.find(name)
    let mentioned =
      (registered && this.#mentioned.find((m) => m.id === registered.id)) ??
      this.find(name, details.roles?.length ? 'person' : undefined)
    if (!mentioned) {
      const base = registered ?? { name: name.replace(/^(the|a|an) /i, ''), kind }
      mentioned = {
        id: registered?.id,
        name: base.name,
        kind: base.kind,
        keys: new Set([keyOf(base.name)]),
        words: new Set(keyOf(base.name).split(' ')),
        roles: new Set(),
        lastAt: -1,
      }
      this.#mentioned.push(mentioned)
    }
    const key = keyOf(name)
    mentioned.keys.add(key)
    if (mentioned.kind === 'person') {
      mentioned.surname = surnameOf(mentioned.name) || undefined
      // Named by an alias ("Anna Kovacs" for "Anna Kovács-Tóth"): the alias's surname finds them too.
      const said = surnameOf(name)
      if (said) mentioned.keys.add(said)
    }
    for (const role of details.roles ?? []) mentioned.roles.add(keyOf(role))
    mentioned.gender ??= details.gender
    if (!details.possessive) mentioned.lastAt = Math.max(mentioned.lastAt, at)
    return mentioned
  }

  /** "he" / "she": the last person mentioned before `at` whose gender does not contradict it. */
  pronoun(pronoun: string, at: number): Mentioned | undefined {
    const before = this.#recent().filter((m) => m.lastAt < at)
    if (pronoun === 'it') return before.find((m) => m.kind === 'organisation' || m.kind === 'media')
    // "they": the people, organisation or outlet named last, else the last person.
    if (pronoun === 'they')
      return before.find((m) => m.kind !== 'person') ?? before.find((m) => m.kind === 'person')
    const gender: Gender | undefined =
      pronoun === 'she' ? 'female' : pronoun === 'he' ? 'male' : undefined
    if (!gender) return undefined
    const person = before.find((m) => m.kind === 'person' && (!m.gender || m.gender === gender))
    if (person) person.gender ??= gender
    return person
  }

  /** "the minister", "the ministry", "the broadcaster": the last one mentioned that fits. */
  role(head: string, at: number): Mentioned | undefined {
    const media = speakerWords.media.has(head)
    const key = keyOf(head)
    return this.#recent()
      .filter((m) => m.lastAt < at)
      .find(
        (m) =>
          m.roles.has(key) ||
          m.words.has(key) ||
          (media && m.kind === 'media') ||
          (GENERIC_ORGANISATION.has(head) && m.kind === 'organisation'),
      )
  }

  #recent(): Mentioned[] {
    return [...this.#mentioned].sort((a, b) => b.lastAt - a.lastAt)
  }
}
