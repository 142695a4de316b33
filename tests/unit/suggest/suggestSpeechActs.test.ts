import { describe, expect, test } from 'vitest'
import { suggestStatements } from '../../../src-main/notebook/suggest/suggestStatements'

/** What the analyst sees of each suggestion: its words, its speaker's name and its cue. */
function suggested(text: string): [string, string, string][] {
  return suggestStatements(text, { registry: [] }).map((s) => [
    s.anchor.exact,
    s.speaker.name,
    s.cue,
  ])
}

describe('speech acts whose object is what was said', () => {
  test('what a speaker announced, reported or promised is suggested with the verb’s subject', () => {
    expect(suggested('Mayor Ilse Varga announced her resignation on Monday.')).toEqual([
      ['her resignation', 'Ilse Varga', 'announced'],
    ])
    expect(suggested('The Harbour Times reported a call for a ceasefire.')).toEqual([
      ['a call for a ceasefire', 'Harbour Times', 'reported'],
    ])
    expect(suggested('Ola Brenn promised a new ferry by the end of the year.')).toEqual([
      ['a new ferry by the end of the year', 'Ola Brenn', 'promised'],
    ])
  })

  test('support voiced, an inquiry called for and a topic spoken about are statements', () => {
    expect(suggested('Karl Brenn voiced support for the harbour plan.')).toEqual([
      ['support for the harbour plan', 'Karl Brenn', 'voiced'],
    ])
    expect(
      suggested('The Kelvaran Fishers’ Union called for an inquiry into the sale of the port.'),
    ).toEqual([['an inquiry into the sale of the port', 'Kelvaran Fishers’ Union', 'called for']])
    expect(suggested('Tove Lind spoke at length about the tax plan at a rally in Tarsk.')).toEqual([
      ['the tax plan', 'Tove Lind', 'spoke about'],
    ])
  })

  test('where and when it was said end the statement, a clause of its own too', () => {
    expect(
      suggested(
        'Ada Roth announced her candidacy in a post on social media, saying the coast needed a voice.',
      ),
    ).toEqual([
      ['her candidacy', 'Ada Roth', 'announced'],
      ['the coast needed a voice', 'Ada Roth', 'saying'],
    ])
    expect(suggested('Ada Roth confirmed the cuts but said the timetable would change.')).toEqual([
      ['the cuts', 'Ada Roth', 'confirmed'],
      ['the timetable would change', 'Ada Roth', 'said'],
    ])
  })

  test('a pronoun and a participle give the statement to the speaker they stand for', () => {
    expect(
      suggested('Ada Roth arrived late. She spoke about the ferry, demanding a new timetable.'),
    ).toEqual([
      ['the ferry', 'Ada Roth', 'spoke about'],
      ['a new timetable', 'Ada Roth', 'demanding'],
    ])
    expect(
      suggested('The Kelvaran Fishers’ Union called on members to join a protest next week.'),
    ).toEqual([['members to join a protest next week', 'Kelvaran Fishers’ Union', 'called on']])
  })

  test('no act took place: a negation, a refusal, a future, an infinitive or a passive', () => {
    for (const text of [
      'Ada Roth did not mention the harbour.',
      'Ada Roth never spoke about the ferry.',
      'A spokesman declined to comment on the sale.',
      'Ada Roth will announce her plan next week.',
      'Ada Roth is expected to announce her candidacy.',
      'The closure was announced by the council.',
    ])
      expect(suggested(text), text).toEqual([])
  })

  test('a time, a place, a manner or a person addressed is not what was said', () => {
    for (const text of [
      'The minister announced on Tuesday.',
      'Karl Brenn spoke to reporters in Tarsk.',
      'Karl Brenn spoke on condition of anonymity.',
      'The union urged voters.',
      'Ada Roth told reporters in Tarsk.',
      'Ada Roth denied Karl Brenn a seat at the table.',
      'The senator declared himself a candidate.',
    ])
      expect(suggested(text), text).toEqual([])
  })

  test('the words used as nouns or adjectives are no speech act', () => {
    for (const text of [
      'The announced plan was dropped.',
      'The jobs report cheered the council.',
      'The Harbour Institute report gives the council a lift.',
      'Her clarion call for reform draws crowds.',
      'She won most of the 40 pledged delegates.',
    ])
      expect(suggested(text), text).toEqual([])
  })
})
