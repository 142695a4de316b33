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
