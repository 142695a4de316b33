import { describe, expect, test } from 'vitest'
import { suggestStatements } from '../../../src-main/notebook/suggest/suggestStatements'

/** What the analyst sees of each suggestion: its words and its speaker's name. */
function suggested(text: string): [string, string][] {
  return suggestStatements(text, { registry: [] }).map((s) => [s.anchor.exact, s.speaker.name])
}

describe('more of the ways news attributes what was said', () => {
  test('an attribution between commas inside its content gives the whole sentence', () => {
    expect(
      suggested(
        'Tove Lind spoke on Monday. The aim, she said, is a truce that holds through the winter.',
      ),
    ).toEqual([['The aim, she said, is a truce that holds through the winter', 'Tove Lind']])
    expect(suggested('The plan, said Karl Brenn, was dead before the vote.')).toEqual([
      ['The plan, said Karl Brenn, was dead before the vote', 'Karl Brenn'],
    ])
  })

  test('a comma after the cue opens the content', () => {
    expect(
      suggested('Ada Roth spoke first. She said, if elected, she would keep the ferry running.'),
    ).toEqual([['if elected, she would keep the ferry running', 'Ada Roth']])
  })

  test('", adding that" after a clause and its attribution starts the next statement', () => {
    expect(
      suggested('Talks will resume in May, Ola Brenn said, adding that nothing was settled.'),
    ).toEqual([
      ['Talks will resume in May', 'Ola Brenn'],
      ['nothing was settled', 'Ola Brenn'],
    ])
  })

  test('a promise right after its cue is a statement', () => {
    expect(suggested('Mayor Ilse Varga vowed to ban trawlers from the bay.')).toEqual([
      ['to ban trawlers from the bay', 'Ilse Varga'],
    ])
  })

  test('a quotation whose closing mark was typed as an opening or straight one keeps its attribution', () => {
    expect(suggested('“The bay is empty this year," Ola Brenn said.')).toEqual([
      ['The bay is empty this year', 'Ola Brenn'],
    ])
    expect(suggested('“We could lose the ferry,“ said Ada Roth, a councillor.')).toEqual([
      ['We could lose the ferry', 'Ada Roth'],
    ])
  })

  test('a party in brackets or a state with a full stop after the quotation still names the speaker', () => {
    expect(suggested('“There is energy on the coast,” Rep. Ola Brenn (D-Ore.) said.')).toEqual([
      ['There is energy on the coast', 'Ola Brenn'],
    ])
    expect(
      suggested(
        '“We never saw the bill,” Tove Lind, 61, a retired teacher in Allentown, Pa., said.',
      ),
    ).toEqual([['We never saw the bill', 'Tove Lind']])
  })

  test('a content stops where a clause with its own speaker begins', () => {
    expect(
      suggested(
        'Ola Brenn said the ferry would stay, while the council says the money has run out.',
      ),
    ).toEqual([
      ['the ferry would stay', 'Ola Brenn'],
      ['the money has run out', 'council'],
    ])
  })

  test('a cue inside a subordinate clause takes the name right before it as the speaker', () => {
    expect(
      suggested(
        'The ferry stopped running last week after The Harbour Times reported that the owner had gone bankrupt.',
      ),
    ).toEqual([['the owner had gone bankrupt', 'Harbour Times']])
  })

  test('a surname is the person named before, not a more recent organisation bearing it', () => {
    expect(
      suggested(
        'Ada Roth opened the debate. Roth University had booked the hall. Roth said the port would stay open.',
      ),
    ).toEqual([['the port would stay open', 'Ada Roth']])
  })

  test('an adverb after the subject is not part of the speaker of “…, saying”', () => {
    expect(
      suggested('Ada Roth sternly rebuked the council, saying the port had been neglected.'),
    ).toEqual([['the port had been neglected', 'Ada Roth']])
  })

  test('what follows “said” is what was said, even without a verb the lexicon knows', () => {
    expect(suggested('Karl Galvin said the polling station never shut its doors.')).toEqual([
      ['the polling station never shut its doors', 'Karl Galvin'],
    ])
    expect(
      suggested('The budget office said about half of the gap came from the tax cuts.'),
    ).toEqual([['about half of the gap came from the tax cuts', 'budget office']])
  })

  test('a quotation after the cue, a place or occasion and a comma is a statement', () => {
    expect(
      suggested('Ola Brenn said at a news conference, “That is a tough negotiation.”'),
    ).toEqual([['That is a tough negotiation.', 'Ola Brenn']])
  })

  test('the object of “noted” or “recalled” is what was said', () => {
    expect(suggested('Ola Brenn noted the irony of a port without ships.')).toEqual([
      ['the irony of a port without ships', 'Ola Brenn'],
    ])
  })

  test('an abbreviation inside a name does not cut the name short', () => {
    expect(suggested('“We are not going anywhere,” said Navy Capt. Jens Dahl.')).toEqual([
      ['We are not going anywhere', 'Jens Dahl'],
    ])
    expect(suggested('“The network spreads,” said J.M. Borg, a fellow at the institute.')).toEqual([
      ['The network spreads', 'J.M. Borg'],
    ])
    expect(suggested('The deal collapsed in May, according to Dennis B. Rask.')).toEqual([
      ['The deal collapsed in May', 'Dennis B. Rask'],
    ])
  })

  test('“first reported by” an outlet between commas names the outlet', () => {
    expect(
      suggested(
        'The campaign, first reported by The Harbour Times on Tuesday, is a key part of the plan.',
      ),
    ).toEqual([
      [
        'The campaign, first reported by The Harbour Times on Tuesday, is a key part of the plan',
        'Harbour Times',
      ],
    ])
  })

  test('“they” is the organisation or group named last', () => {
    expect(
      suggested('Nordvik Energy met the council on Monday. They said the quotas were unfair.'),
    ).toEqual([['the quotas were unfair', 'Nordvik Energy']])
  })

  test('a name before a colon after a dash introduces what follows', () => {
    expect(
      suggested('FERRY POLLS NOT WRONG - Mira Holt: “The polls were close to the result.”'),
    ).toEqual([['“The polls were close to the result.”', 'Mira Holt']])
  })

  test('a day or “first” between the speaker and the cue is not the speaker, and “hasn’t said” is no statement', () => {
    expect(suggested('Ada Roth spoke. Karl Lind Friday said the port would close.')).toEqual([
      ['the port would close', 'Karl Lind'],
    ])
    expect(
      suggested('The Harbour Times first reported on Sunday that the port was bankrupt.'),
    ).toEqual([['the port was bankrupt', 'Harbour Times']])
    expect(suggested('Ada Roth spoke. Karl Lind hasn’t indicated that he wants the job.')).toEqual(
      [],
    )
  })

  test('“who said” gives the statement to the one “who” stands for; “asked not to be named” is none', () => {
    expect(
      suggested(
        'The strike ended with help from Labor Secretary Tom Perez, who said he expects the deal to hold.',
      ),
    ).toEqual([['he expects the deal to hold', 'Tom Perez']])
    expect(suggested('“It was new,” said one negotiator, who asked not to be named.')).toEqual([
      ['It was new', 'one negotiator'],
    ])
  })

  test('a role before a name, then a long aside, then the cue: the name speaks', () => {
    expect(
      suggested(
        'Harbour delegate Mira Salo, clad in a red coat with blinking lights, said the vote could fail.',
      ),
    ).toEqual([['the vote could fail', 'Mira Salo']])
  })
})
