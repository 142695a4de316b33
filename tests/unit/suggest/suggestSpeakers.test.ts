import { describe, expect, test } from 'vitest'
import { guessSpeakerKind } from '../../../src-main/notebook/suggest/guessSpeakerKind'
import { nameKey } from '../../../src-main/shared/nameKey'
import { suggestStatements } from '../../../src-main/notebook/suggest/suggestStatements'
import type { Speaker } from '../../../src-main/shared/model'

const speaker = (
  id: string,
  name: string,
  kind: Speaker['kind'],
  aliases: string[] = [],
): Speaker => ({
  id,
  name,
  kind,
  aliases,
  notes: '',
})
const registry = [
  speaker('varga', 'Ilse Varga', 'person'),
  speaker('zel', 'Volodymyr Zelenskyy', 'person'),
  speaker('alund', 'Jörg Ålund', 'person'),
  speaker('mfa', 'Kelvaran Ministry of Foreign Affairs', 'organisation', [
    "Kelvara's foreign ministry",
  ]),
  speaker('kst', 'Kelvaran State Television', 'media', ['KST']),
]

/** Who each suggestion of a text is given to, in reading order. */
function speakersOf(text: string) {
  return suggestStatements(text, { registry }).map((s) => ({ ...s.speaker, exact: s.anchor.exact }))
}

describe('the registry', () => {
  test('matches names and aliases whatever their case and diacritics', () => {
    const found = speakersOf(
      'JORG ALUND said the bloc would mediate. Kelvara’s Foreign Ministry said it was concerned.',
    )
    expect(found.map((s) => s.id)).toEqual(['alund', 'mfa'])
  })

  test('matches transliteration variants of a name', () => {
    expect(nameKey('Zelenskiy')).toBe(nameKey('Zelenskyy'))
    expect(nameKey('Zelensky')).toBe(nameKey('Zelenskyy'))
    expect(speakersOf('Volodymyr Zelenskiy said the talks would go on.')[0].id).toBe('zel')
  })

  test('matches a surname only after the full name appeared in the article', () => {
    expect(speakersOf('Varga said the border would reopen.')[0]).toMatchObject({ name: 'Varga' })
    const found = speakersOf(
      'Prime Minister Ilse Varga arrived on Monday. “This is a first step,” Varga said.',
    )
    expect(found[0]).toMatchObject({ id: 'varga', name: 'Ilse Varga' })
  })

  test('proposes someone new with a guessed kind when the registry does not know them', () => {
    const found = speakersOf(
      'Pavel Drazic said the deal was fair. The Merisol Audit Office said leaks were rising. State news agency KNA reported that troops had moved.',
    )
    expect(found.map(({ id, name, kind }) => ({ id, name, kind }))).toEqual([
      { id: undefined, name: 'Pavel Drazic', kind: 'person' },
      { id: undefined, name: 'Merisol Audit Office', kind: 'organisation' },
      { id: undefined, name: 'KNA', kind: 'media' },
    ])
  })
})

describe('references carried over', () => {
  test('a pronoun goes to the last person of that gender named before it', () => {
    const found = speakersOf(
      'Foreign Minister Anna Lisk spoke first. Jakob Ferre said his country agreed. She said the registry was urgent.',
    )
    expect(found.map((s) => s.name)).toEqual(['Jakob Ferre', 'Anna Lisk'])
  })

  test('a surname written later with a letter doubled or single is still the person named', () => {
    const found = speakersOf(
      'Foreign Minister Elin Varrow said the border would reopen. Varow added that trade would resume.',
    )
    expect(found.map((s) => s.name)).toEqual(['Elin Varrow', 'Elin Varrow'])
  })

  test('a pronoun with no one before it suggests nothing', () => {
    expect(speakersOf('He said the talks had failed.')).toEqual([])
  })

  test('a role noun goes to the person or organisation that has it', () => {
    const found = speakersOf(
      'The city’s mayor, Hedda Voll, opened the session. The Merisol Water Authority said prices would rise. The mayor said she would study the plan. The authority added that pipes were old.',
    )
    expect(found.map((s) => s.name)).toEqual([
      'Merisol Water Authority',
      'Hedda Voll',
      'Merisol Water Authority',
    ])
  })

  test('an office or spokesperson speaks for the person named', () => {
    const found = speakersOf(
      'Ilse Varga met the envoy. Varga’s office said the meeting was useful. A spokesman for Varga said talks would go on.',
    )
    expect(found.map((s) => s.id)).toEqual(['varga', 'varga'])
  })

  test('an outlet named by its descriptor, and a short form of an outlet named before', () => {
    const found = speakersOf(
      'State broadcaster KST reported that the port was closed. The Tarsk Herald said the strike would end. The Herald later said talks had resumed.',
    )
    expect(found.map(({ name, kind }) => `${name} (${kind})`)).toEqual([
      'Kelvaran State Television (media)',
      'Tarsk Herald (media)',
      'Tarsk Herald (media)',
    ])
  })
})

describe('guessing a kind', () => {
  test('reads media, organisations, groups and people from the words', () => {
    expect(guessSpeakerKind(['Kelvaran', 'state', 'media'])).toBe('media')
    expect(guessSpeakerKind(['Radio', 'Lume'])).toBe('media')
    expect(guessSpeakerKind(['Norvania’s', 'defence', 'ministry'])).toBe('organisation')
    expect(guessSpeakerKind(['Merrow', 'Foods'])).toBe('organisation')
    expect(guessSpeakerKind(['opposition', 'lawmakers'])).toBe('group')
    expect(guessSpeakerKind(['Marek', 'Solvay'])).toBe('person')
  })

  test('a news agency is media, though an agency alone is an organisation', () => {
    expect(guessSpeakerKind(['Ukrinform', 'news', 'agency'])).toBe('media')
    expect(guessSpeakerKind(['Interfax-Ukraine', 'News', 'Agency'])).toBe('media')
    expect(guessSpeakerKind(['Suspilne', 'broadcaster'])).toBe('media')
    expect(guessSpeakerKind(['Kyiv', 'Independent', 'newspaper'])).toBe('media')
    expect(guessSpeakerKind(['Ukraine’s', 'foreign', 'ministry'])).toBe('organisation')
    expect(guessSpeakerKind(['International', 'Energy', 'Agency'])).toBe('organisation')
    expect(guessSpeakerKind(['Kremlin', 'press', 'service'])).toBe('organisation')
  })
})
