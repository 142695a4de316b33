import { describe, expect, test } from 'vitest'
import { suggestStatements } from '../../../src-main/notebook/suggest/suggestStatements'

/** What the analyst sees of each suggestion: its words and its speaker's name. */
function suggested(text: string): [string, string][] {
  return suggestStatements(text, { registry: [] }).map((s) => [s.anchor.exact, s.speaker.name])
}

describe('forms of "said" that news uses inside longer sentences', () => {
  test('a cue inside a "when" or "and" clause keeps the quotation and the speaker', () => {
    expect(
      suggested(
        'Ada Roth spoke at the fair. She won the crowd when she said, “Unlike my rival, I know what work is.”',
      ),
    ).toEqual([['Unlike my rival, I know what work is.', 'Ada Roth']])
    expect(
      suggested('A man asked for a photo and Ola Brenn said, “as long as nobody minds the rain.”'),
    ).toEqual([['as long as nobody minds the rain.', 'Ola Brenn']])
  })

  test('a pronoun right after "when" speaks the clause that follows its cue', () => {
    expect(
      suggested('Ada Roth spoke at the fair. She won applause when she said the toll was dead.'),
    ).toEqual([['the toll was dead', 'Ada Roth']])
  })
})

describe('where a content clause ends and the reporter takes over', () => {
  test('a participle after a comma is the reporter’s, not part of what was said', () => {
    expect(suggested('Ada Roth said the toll was unfair, citing the ferry fares.')).toEqual([
      ['the toll was unfair', 'Ada Roth'],
    ])
  })

  test('a quoted phrase ending in a comma keeps its mark and the participle cue starts the next statement', () => {
    expect(
      suggested(
        'Ada Roth said the toll was “a burden on the poor,” claiming it hit the islands hardest.',
      ),
    ).toEqual([
      ['the toll was “a burden on the poor,”', 'Ada Roth'],
      ['it hit the islands hardest', 'Ada Roth'],
    ])
  })

  test('an aside after a dash or a judging appositive ends the content', () => {
    expect(suggested('Ada Roth said the toll was unfair — a claim her rivals dispute.')).toEqual([
      ['the toll was unfair', 'Ada Roth'],
    ])
    expect(
      suggested('Ola Brenn said the port would close, a claim that his office later withdrew.'),
    ).toEqual([['the port would close', 'Ola Brenn']])
  })

  test('a relative clause with its own cue ends the content; one without a verb before it does not', () => {
    expect(
      suggested('Ola Brenn said he had seen the files, which he described as “a mess.”'),
    ).toEqual([['he had seen the files', 'Ola Brenn']])
    expect(suggested('Ada Roth said officials, fearing a riot, closed the port.')).toEqual([
      ['officials, fearing a riot, closed the port', 'Ada Roth'],
    ])
  })
  test('a clause after a comma with a cue of its own ends the content, also after "another" or "did not"', () => {
    expect(
      suggested('One group says the bay has the most seals, while another says the cove has more.'),
    ).toEqual([['the bay has the most seals', 'One group']])
    expect(suggested('Ola Brenn said the port had closed, but Ada Roth did not say when.')).toEqual(
      [['the port had closed', 'Ola Brenn']],
    )
    expect(
      suggested(
        'Most voters said the toll was fair, compared with a third who said the same of the bridge.',
      ),
    ).toEqual([['the toll was fair', 'voters']])
  })
})

describe('questions put to a speaker', () => {
  test('a question whose asker is named after "by" is that asker’s statement', () => {
    expect(
      suggested('Asked by host Karl Lind whether she had practised, Ada Roth laughed.'),
    ).toEqual([['whether she had practised', 'Karl Lind']])
  })

  test('a question whose asker is not named is not suggested, the answer is', () => {
    expect(
      suggested('Asked whether he would back the toll, Ola Brenn said, “Not this year.”'),
    ).toEqual([['Not this year.', 'Ola Brenn']])
  })

  test('a question put by email, by phone or by a time names no asker and is not suggested', () => {
    expect(suggested('Asked by email whether he would resign, Ada Roth said no.')).toEqual([
      ['no', 'Ada Roth'],
    ])
    expect(
      suggested(
        'Asked by phone on Monday whether the port would close, Ada Roth said it would not.',
      ),
    ).toEqual([['it would not', 'Ada Roth']])
    expect(
      suggested(
        'Asked by the end of the day whether the port would close, Ada Roth said it would not.',
      ),
    ).toEqual([['it would not', 'Ada Roth']])
  })
})

describe('the speaker named before the cue', () => {
  test('"on Tuesday" between the speaker and the cue is not the speaker', () => {
    expect(suggested('Harbour candidate Ada Roth on Tuesday said that the toll would go.')).toEqual(
      [['the toll would go', 'Ada Roth']],
    )
    expect(suggested('The port authority on Monday also urged the ministry to act.')).toEqual([
      ['the ministry to act', 'port authority'],
    ])
  })
  test('a secretary of a department is named without the department', () => {
    expect(suggested('Secretary of State Ola Brenn said the talks would resume.')).toEqual([
      ['the talks would resume', 'Ola Brenn'],
    ])
    expect(suggested('Chief Executive Officer of Nordvik Energy said profits fell.')).toEqual([
      ['profits fell', 'Nordvik Energy'],
    ])
  })
  test('a quotation then "said" and a lowercase role before a name gives the name', () => {
    expect(
      suggested('“The port is dying,” said former Sen. Ola Brenn, a moderate who declined to run.'),
    ).toEqual([['The port is dying', 'Ola Brenn']])
    expect(suggested('“We can fix it,” said pollster Ada Roth.')).toEqual([
      ['We can fix it', 'Ada Roth'],
    ])
    expect(
      suggested('“It held,” said retired Army Lt. Gen. Karl Lind, who served in Tarsk.'),
    ).toEqual([['It held', 'Karl Lind']])
  })
})

describe('an article cut off right after its cue', () => {
  test('a text ending in "said," or "and," after a cue suggests what it can and does not fail', () => {
    expect(suggested('The plan will cost jobs, Ada Roth said,')).toEqual([
      ['The plan will cost jobs', 'Ada Roth'],
    ])
    expect(suggested('Ada Roth said,')).toEqual([])
    expect(suggested('Mayor Ilse Varga announced the plan and,').map(([, who]) => who)).toEqual([
      'Ilse Varga',
    ])
  })
})
