import { describe, expect, test } from 'vitest'
import { suggestStatements } from '../../../src-main/notebook/suggest/suggestStatements'

/** What the analyst sees of each suggestion: its words and its speaker's name. */
function suggested(text: string): [string, string][] {
  return suggestStatements(text, { registry: [] }).map((s) => [s.anchor.exact, s.speaker.name])
}

describe('a content stops where its speaker goes on to a second act', () => {
  test('"and called on" after a said-clause is the speaker acting again', () => {
    const said = suggested(
      'Mayor Ilse Varga said that the harbour fund had paid out every claim and called on the council to do the same.',
    )
    expect(said[0]).toEqual(['the harbour fund had paid out every claim', 'Ilse Varga'])
  })

  test('"but did not say" after a said-clause ends the content', () => {
    const said = suggested(
      'Karl Brenn said he would vote for the ferry budget but did not say when the vote would be held.',
    )
    expect(said[0]).toEqual(['he would vote for the ferry budget', 'Karl Brenn'])
  })
})

describe('a speaker named only by the noun that "who" stands for', () => {
  test('"a retired teacher, who said" gives the teacher as the speaker', () => {
    expect(
      suggested(
        'The last question came from a retired teacher, who said she had driven two hours to hear him.',
      ),
    ).toEqual([['she had driven two hours to hear him', 'teacher']])
  })
})

describe('a quantifier that stands for the people who spoke', () => {
  test('"most said" and "Several said" open a statement', () => {
    expect(
      suggested('The fishermen met on Friday; most said they would vote against the quota.'),
    ).toEqual([['they would vote against the quota', 'most']])
    expect(suggested('Several said they would rather the council paid for the repairs.')).toEqual([
      ['they would rather the council paid for the repairs', 'Several'],
    ])
  })

  test('"most reported cases" is no cue', () => {
    expect(suggested('Most reported cases were mild, and the clinic stayed open.')).toEqual([])
  })
})

describe('a relative "that" after an object is no content clause', () => {
  test('"reported a profit … that analysts expected" keeps the object as what was said', () => {
    const said = suggested(
      'The shipyard reported a quarterly profit far larger than the one that analysts expected.',
    )
    expect(said.map(([words]) => words)).toEqual([
      'a quarterly profit far larger than the one that analysts expected',
    ])
  })

  test('"said the same day that" still opens the content after "that"', () => {
    expect(
      suggested('Ada Roth said the same day that the ferry would keep running.').map(([w]) => w),
    ).toEqual(['the ferry would keep running'])
  })
})

describe('a cue in a fronted clause', () => {
  test('"Although Roth said …, the council …" stops the content at the main clause', () => {
    expect(
      suggested(
        'Although Ada Roth said that the ferry would keep running, the council cut its budget in half.',
      ),
    ).toEqual([['the ferry would keep running', 'Ada Roth']])
  })
})
