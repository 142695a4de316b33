import { describe, expect, test } from 'vitest'
import { suggestStatements } from '../../../src-main/notebook/suggest/suggestStatements'

/** What the analyst sees of each suggestion: its words and its speaker's name. */
function suggested(text: string): [string, string][] {
  return suggestStatements(text, { registry: [] }).map((s) => [s.anchor.exact, s.speaker.name])
}

describe('suggestions in the ways real news is written', () => {
  test('two apostrophes are read as a quotation mark', () => {
    expect(
      suggested("''We wanted the harbour back,'' Maren Tolle, the port's director, said."),
    ).toEqual([['We wanted the harbour back', 'Maren Tolle']])
  })

  test('a title with a full stop between a quotation and its cue still names the speaker', () => {
    expect(suggested('“The plan was never ours to change,” Mr. Dahlberg said.')).toEqual([
      ['The plan was never ours to change', 'Dahlberg'],
    ])
  })

  test('a content clause in the present tense or with a contraction is a statement', () => {
    expect(suggested('Councillor Mira Osk said she hopes the ferry returns.')).toEqual([
      ['she hopes the ferry returns', 'Mira Osk'],
    ])
    expect(suggested('Tomas Ruud said it’s the best offer they have seen.')).toEqual([
      ['it’s the best offer they have seen', 'Tomas Ruud'],
    ])
  })

  test('a "that" inside the content does not cut off its start', () => {
    expect(suggested('Lena Varo said it is no wonder that shippers prefer to wait.')).toEqual([
      ['it is no wonder that shippers prefer to wait', 'Lena Varo'],
    ])
  })

  test('a tweet is a statement', () => {
    expect(suggested('Senator Ada Roth tweeted that the vote was a disgrace.')).toEqual([
      ['the vote was a disgrace', 'Ada Roth'],
    ])
  })

  test('a quoted question or exclamation keeps the attribution after it', () => {
    expect(
      suggested('He left. “Why is the port still closed?” Ilse Brandt asked the council.'),
    ).toEqual([['Why is the port still closed?', 'Ilse Brandt']])
  })

  test('a role no one was named as before is the speaker by its own words', () => {
    expect(suggested('“The harbour will reopen in May,” the regional governor said.')).toEqual([
      ['The harbour will reopen in May', 'regional governor'],
    ])
  })

  test('a name before a long appositive is the speaker', () => {
    expect(
      suggested(
        'Ari Lund, a former adviser who chairs the Harbour Fund and has lived in the city for decades, said the port would lose money.',
      ),
    ).toEqual([['the port would lose money', 'Ari Lund']])
  })

  test('a name after the cue ends before its relative clause', () => {
    expect(
      suggested(
        '“The port will lose money,” said Sen. Ada Roth who has represented the harbour for years.',
      ),
    ).toEqual([['The port will lose money', 'Ada Roth']])
  })

  test('a hyphenated adjective before a name is no verb, and a later "that" is inside the content', () => {
    expect(
      suggested(
        'Ilse Varga spoke first. A teary-eyed Varga says she wants a port that works for everyone.',
      ),
    ).toEqual([['she wants a port that works for everyone', 'Ilse Varga']])
  })

  test('a quotation after the cue, its adverbials and a colon is a statement', () => {
    expect(
      suggested(
        'Ilse Varga wrote on her blog on Monday: “The port will not close while I am mayor.”',
      ),
    ).toEqual([['The port will not close while I am mayor.', 'Ilse Varga']])
  })

  test('a name and a colon opening a line introduce what follows, a section word does not', () => {
    expect(suggested('DAHLBERG: We are going to keep the harbour open all winter.')).toEqual([
      ['We are going to keep the harbour open all winter', 'DAHLBERG'],
    ])
    expect(suggested('Background: The harbour has been closed since the storm.')).toEqual([])
  })

  test('an adverb, a time or a party in brackets between the speaker and the cue is not the speaker', () => {
    expect(suggested('Tove Lind spoke. Lind quietly said the port would close.')).toEqual([
      ['the port would close', 'Tove Lind'],
    ])
    expect(suggested('Sen. Ada Roth (D-Vt.) said the port would close.')).toEqual([
      ['the port would close', 'Ada Roth'],
    ])
    expect(
      suggested(
        'Rolf Berg, the party chairman, this past week announced that the rules would stay.',
      ),
    ).toEqual([['the rules would stay', 'Rolf Berg']])
  })

  test('a fronted adverbial is not the subject a participle cue refers to', () => {
    expect(
      suggested(
        'Over the past two weeks, the harbour council closed the port, saying the storm had won.',
      ),
    ).toEqual([['the storm had won', 'harbour council']])
  })

  test('a title in quotation marks is not a statement, and the speaker after it still is', () => {
    expect(
      suggested(
        'On the channel’s “Harbour Week Tonight,” Rep. Ola Brenn said the port’s budget is in question.',
      ),
    ).toEqual([['the port’s budget is in question', 'Ola Brenn']])
  })

  test('a quotation ending in a quotation and a space keeps its attribution', () => {
    expect(suggested('Ann Lee spoke. "Nobody here says \'leave it,\' " she said.')).toEqual([
      ["Nobody here says 'leave it,'", 'Ann Lee'],
    ])
  })

  test('"and said" before a quotation gives it the sentence\'s speaker', () => {
    expect(
      suggested('Mira Holt confirmed the closure and said, “The harbour needs a new wall.”'),
    ).toEqual([
      // What she confirmed is a statement of its own (docs/suggestions.md, speech acts).
      ['the closure', 'Mira Holt'],
      ['The harbour needs a new wall.', 'Mira Holt'],
    ])
  })

  test('an aside between the speaker and the cue is not the speaker', () => {
    expect(
      suggested('The port authority, when contacted by the paper, said the wall would be rebuilt.'),
    ).toEqual([['the wall would be rebuilt', 'port authority']])
  })

  test('"according to" a report or records names whose they are', () => {
    expect(
      suggested(
        'The mayor kept paying for speeches at the harbour hall, according to a KVN report.',
      ),
    ).toEqual([['The mayor kept paying for speeches at the harbour hall', 'KVN']])
  })

  test('a participle with the one told and a colon introduces a quotation', () => {
    expect(
      suggested(
        'Rolf Berg praised the port, telling the Harbour Post: “Nobody builds quays as well as we do.”',
      ),
    ).toEqual([['Nobody builds quays as well as we do.', 'Rolf Berg']])
  })

  test('"told" with the one told at the end of the sentence ends an attribution', () => {
    expect(
      suggested('The ferry will run again in May, Councillor Ida Falk told the Harbour Times.'),
    ).toEqual([['The ferry will run again in May', 'Ida Falk']])
  })

  test('"by saying" is a cue and the one told may look like a verb', () => {
    expect(suggested('Rolf Berg rose in the polls by saying that the tolls are unfair.')).toEqual([
      ['the tolls are unfair', 'Rolf Berg'],
    ])
    expect(
      suggested(
        'Former minister Rolf Berg told delegates at the party convention that the port should close.',
      ),
    ).toEqual([['the port should close', 'Rolf Berg']])
  })

  test('a titled person is not the organisation that bears their name', () => {
    expect(
      suggested('Dahl University opened in May. “We will grow,” Mr. Dahl said.').map(
        ([, who]) => who,
      ),
    ).toEqual(['Dahl'])
  })

  test('the subject of “…, saying” follows a fronted adverbial with places and times in it', () => {
    expect(
      suggested(
        'At a town hall in Tarsk, Norvania, on Sunday, Mira Holt tried to explain, saying that the port would stay.',
      ),
    ).toEqual([['the port would stay', 'Mira Holt']])
    expect(
      suggested(
        'Turning back to the budget, Rolf Berg rejected the idea, saying the port was safe.',
      ),
    ).toEqual([['the port was safe', 'Rolf Berg']])
  })

  test('a headline in capitals before a colon is no speaker', () => {
    expect(suggested('Ida Falk Endorses Rolf Berg: The Port Will Stay Open.')).toEqual([])
    expect(suggested('Q: Does the mayor speak for the party?')).toEqual([])
  })

  test('a possessive is no contraction: the content starts after the later “that”', () => {
    expect(suggested('Rolf Berg said during this week’s debate that he favours the port.')).toEqual(
      [['he favours the port', 'Rolf Berg']],
    )
  })

  test('a party in brackets and a comma before the cue, and “Gov.” as a title', () => {
    expect(
      suggested(
        'In the race, Gov. Ida Falk (R-OH), said, “The ferry fleet will double by autumn.”',
      ),
    ).toEqual([['The ferry fleet will double by autumn.', 'Ida Falk']])
  })

  test('a quotation ending in a full stop keeps a bare attribution after it', () => {
    expect(suggested('“The ledger will turn up by spring.” Rolf Berg said. Then he left.')).toEqual(
      [['The ledger will turn up by spring.', 'Rolf Berg']],
    )
  })

  test('a long appositive between a quotation and its cue still names the speaker', () => {
    expect(
      suggested(
        '“Fine questions, that reporter asks,” Rolf Berg, the party frontrunner and polling leader in the south by a wide margin, said on Monday.',
      ),
    ).toEqual([['Fine questions, that reporter asks', 'Rolf Berg']])
  })

  test('a participle before the people it describes is no verb', () => {
    expect(suggested('Still, most registered voters say they would pay for the port.')).toEqual([
      ['they would pay for the port', 'registered voters'],
    ])
  })
})
