import { describe, expect, test } from 'vitest'
import { accordingTo } from '../../../src-main/notebook/suggest/accordingTo'
import { attributionThenQuote } from '../../../src-main/notebook/suggest/attributionThenQuote'
import { clauseThenAttribution } from '../../../src-main/notebook/suggest/clauseThenAttribution'
import { contentClause } from '../../../src-main/notebook/suggest/contentClause'
import { continuingQuotes } from '../../../src-main/notebook/suggest/continuingQuotes'
import { quoteThenAttribution } from '../../../src-main/notebook/suggest/quoteThenAttribution'
import { findingsOf, passageOf, rawFindingsOf } from '../../support/findingsOf'

describe('quote then attribution', () => {
  test('finds the quotation and the speaker named after it, either way round', () => {
    expect(
      findingsOf(quoteThenAttribution, '“We will not retreat,” Varga told reporters.'),
    ).toEqual([{ exact: 'We will not retreat', speaker: 'Varga', cue: 'told', mode: 'direct' }])
    expect(
      findingsOf(quoteThenAttribution, '"Why now?" asked Dr. Lena Morr, 58, at the port.'),
    ).toEqual([{ exact: 'Why now?', speaker: 'Dr. Lena Morr', cue: 'asked', mode: 'direct' }])
  })

  test('joins a quotation split by its attribution into one statement', () => {
    const text = '“We will not abandon the coast,” Governor Ewa Marren said, “and we will stay.”'
    expect(findingsOf(quoteThenAttribution, text)[0].exact).toBe(
      'We will not abandon the coast,” Governor Ewa Marren said, “and we will stay.',
    )
  })

  test('does not fire on a quotation the sentence goes on from, or on a scare quote', () => {
    expect(
      findingsOf(quoteThenAttribution, 'She called it “a disaster” and said nothing more.'),
    ).toEqual([])
    expect(findingsOf(quoteThenAttribution, '“It is over.” The minister said nothing.')).toEqual([])
  })
})

describe('attribution then quote', () => {
  test('finds a quotation introduced by its speaker and a colon or comma', () => {
    expect(findingsOf(attributionThenQuote, 'Lisk said: “We are closer than I expected.”')).toEqual(
      [{ exact: 'We are closer than I expected.', speaker: 'Lisk', cue: 'said', mode: 'direct' }],
    )
  })

  test('leaves a paraphrase with quoted words to the content-clause rule', () => {
    expect(findingsOf(attributionThenQuote, 'Lisk said the plan was “dead on arrival”.')).toEqual(
      [],
    )
  })
})

describe('content clause', () => {
  test('finds what follows the cue, with or without "that", after an object or a time', () => {
    expect(findingsOf(contentClause, 'He said Beijing would respond within days.')).toEqual([
      { exact: 'Beijing would respond within days', speaker: 'He', cue: 'said', mode: 'indirect' },
    ])
    expect(
      findingsOf(contentClause, 'Holtz told lawmakers the cuts were unavoidable.')[0].exact,
    ).toBe('the cuts were unavoidable')
    expect(findingsOf(contentClause, 'Kask said on Monday that rates would rise.')[0].exact).toBe(
      'rates would rise',
    )
    expect(
      findingsOf(contentClause, 'Its president urged the government to reconsider.')[0],
    ).toMatchObject({
      exact: 'the government to reconsider',
      cue: 'urged',
    })
  })

  test('marks quoted words inside a paraphrase as mixed', () => {
    expect(findingsOf(contentClause, 'Dahl said the plan was “a wish list” at best.')[0].mode).toBe(
      'mixed',
    )
  })

  test('splits two cues of one speaker and keeps the speaker of the second', () => {
    const found = findingsOf(
      contentClause,
      'He insisted that work would go on, and said the estimate was wrong.',
    )
    expect(found.map((f) => [f.exact, f.speaker])).toEqual([
      ['work would go on', 'He'],
      ['the estimate was wrong', 'previous'],
    ])
  })

  test('takes the subject of the sentence for ", saying"', () => {
    const found = findingsOf(
      contentClause,
      'Opposition leader Marek Solvay criticised the deal, saying it gave away too much.',
    )
    expect(found[0]).toMatchObject({
      exact: 'it gave away too much',
      speaker: 'Opposition leader Marek Solvay',
    })
  })

  test('does not fire on a noun object, a negation, an infinitive, a passive or an adjective', () => {
    for (const text of [
      'The government has promised a recovery plan by the end of the year.',
      'He did not say whether the talks would resume.',
      'Officials declined to say when the border would reopen.',
      'The minister is said to have resigned.',
      'The reported cases rose by a third.',
      'The council blames the owner for leaving without warning.',
    ])
      expect(findingsOf(contentClause, text), text).toEqual([])
  })
})

describe('clause then attribution', () => {
  test('finds a paraphrase with its speaker after a comma', () => {
    expect(
      findingsOf(
        clauseThenAttribution,
        'Talks will resume in September, the two delegations said in a statement.',
      ),
    ).toEqual([
      {
        exact: 'Talks will resume in September',
        speaker: 'the two delegations',
        cue: 'said',
        mode: 'indirect',
      },
    ])
    expect(
      findingsOf(clauseThenAttribution, 'The vote will be close, said Olaf Brenn.')[0].speaker,
    ).toBe('Olaf Brenn')
  })

  test('does not fire when the cue has its own content', () => {
    expect(
      findingsOf(
        clauseThenAttribution,
        'In Norvania, Radio Lume reported that residents were calm.',
      ),
    ).toEqual([])
  })
})

describe('according to', () => {
  test('finds the clause and its source, before or after it', () => {
    expect(
      findingsOf(accordingTo, 'Trade fell by a third, according to the Statistics Office.'),
    ).toEqual([
      {
        exact: 'Trade fell by a third',
        speaker: 'the Statistics Office',
        cue: 'according to',
        mode: 'indirect',
      },
    ])
    const leading = findingsOf(
      accordingTo,
      'According to the chief executive, Leona Marsh, the pipes are old.',
    )
    expect(leading[0]).toMatchObject({
      exact: 'the pipes are old',
      speaker: 'the chief executive, Leona Marsh',
    })
  })

  test('names whoever published the figures, and no one for rules or plans', () => {
    expect(
      findingsOf(
        accordingTo,
        'According to figures published by the regulator, prices are high.',
      )[0].speaker,
    ).toBe('the regulator')
    expect(
      findingsOf(
        accordingTo,
        'Talks will resume, according to a readout published by her office.',
      )[0].speaker,
    ).toBe('her office')
    expect(
      findingsOf(
        accordingTo,
        'The regulator, which according to its own rules has 60 days, will decide.',
      ),
    ).toEqual([])
    expect(findingsOf(accordingTo, 'The work went ahead, according to plan.')).toEqual([])
  })
})

describe('continuing quotes', () => {
  const continuing = (text: string) => {
    const passage = passageOf(text)
    const attributed = rawFindingsOf(quoteThenAttribution, text, passage)
    return continuingQuotes(text, passage, attributed, false).map((f) =>
      text.slice(f.content.start, f.content.end),
    )
  }

  test('gives a quotation right after a quoted speaker to the same speaker', () => {
    expect(
      continuing('“This is a first step,” Varga said. “We have a lot of work ahead.”'),
    ).toEqual(['We have a lot of work ahead.'])
  })

  test('does not when narration comes between, or the quotation is a word or two', () => {
    expect(
      continuing('“This is a first step,” Varga said. Drazic disagreed. “It is the last one.”'),
    ).toEqual([])
    expect(continuing('“This is a first step,” Varga said. Critics called it “theatre”.')).toEqual(
      [],
    )
  })
})
