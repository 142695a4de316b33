import { describe, expect, test } from 'vitest'
import { readImport } from '../../../src-main/notebook/import/readImport'
import type { DocJSON } from '../../../src-main/shared/model'

/** The paragraphs an article body shows, one string each. */
const paragraphsOf = (body: DocJSON) =>
  (body.content ?? []).map((block) => (block.content ?? []).map((leaf) => leaf.text).join(''))

/** What the analyst reads after pasting the text, and after importing it as a .txt file. */
async function readBoth(text: string): Promise<{ pasted: string[]; file: string[] }> {
  // A title of the analyst's own, so that every line of the text stays in the body.
  const meta = { title: 'Talks in Doha' }
  const pasted = await readImport({ text, meta })
  const file = await readImport({
    file: { name: 'talks.txt', base64: Buffer.from(text).toString('base64') },
    meta,
  })
  return { pasted: paragraphsOf(pasted.body), file: paragraphsOf(file.body) }
}

const HEADLINE = 'Ceasefire talks resume in Doha as envoys trade proposals'
const LEDE =
  'DOHA, May 3 (Meridian Wire) - Negotiators from both sides returned to Doha on Saturday for a new round of ceasefire talks, two officials briefed on the discussions said, after a week in which fighting intensified along the eastern front.'
const QUOTE =
  '"We are ready to sign a ceasefire today if the other side accepts the monitoring terms," the chief negotiator told reporters outside the venue, adding that a draft had been shared with the mediators.'
const MINISTRY =
  'The foreign ministry said it would not join any talks before the dam agreement was signed, calling the proposal a trap.'
const LAST = 'Mediators declined to comment.'
const ARTICLE = [HEADLINE, LEDE, QUOTE, MINISTRY, LAST]

// As `fmt -w 72` wraps it: balanced lines, paragraphs between blank lines.
const FMT_72 = `Ceasefire talks resume in Doha as envoys trade proposals

DOHA, May 3 (Meridian Wire) - Negotiators from both sides returned to
Doha on Saturday for a new round of ceasefire talks, two officials
briefed on the discussions said, after a week in which fighting
intensified along the eastern front.

"We are ready to sign a ceasefire today if the other side accepts
the monitoring terms," the chief negotiator told reporters outside
the venue, adding that a draft had been shared with the mediators.

The foreign ministry said it would not join any talks before the dam
agreement was signed, calling the proposal a trap.

Mediators declined to comment.
`

// As Python's textwrap.wrap(width=72) wraps it, the paragraphs one after the other with no blank
// line: each ends where its last line stops short.
const GREEDY_72 = `Ceasefire talks resume in Doha as envoys trade proposals
DOHA, May 3 (Meridian Wire) - Negotiators from both sides returned to
Doha on Saturday for a new round of ceasefire talks, two officials
briefed on the discussions said, after a week in which fighting
intensified along the eastern front.
"We are ready to sign a ceasefire today if the other side accepts the
monitoring terms," the chief negotiator told reporters outside the
venue, adding that a draft had been shared with the mediators.
The foreign ministry said it would not join any talks before the dam
agreement was signed, calling the proposal a trap.
Mediators declined to comment.`

describe('the paragraphs of pasted text and .txt files', () => {
  test('wire text copied from a web page, one paragraph per line, keeps its paragraphs', async () => {
    const text = [HEADLINE, 'By Jane Doe and Omar Haddad', LEDE, QUOTE, MINISTRY, LAST].join('\n')
    const { pasted, file } = await readBoth(text)
    expect(pasted).toEqual([HEADLINE, 'By Jane Doe and Omar Haddad', LEDE, QUOTE, MINISTRY, LAST])
    expect(file).toEqual(pasted)
  })

  test('text hard-wrapped at 72 columns with blank lines between paragraphs keeps its paragraphs, not its lines', async () => {
    const { pasted, file } = await readBoth(FMT_72)
    expect(pasted).toEqual(ARTICLE)
    expect(file).toEqual(ARTICLE)
  })

  test('text hard-wrapped at 72 columns whose paragraphs end in a short line keeps its paragraphs', async () => {
    const { pasted, file } = await readBoth(GREEDY_72)
    expect(pasted).toEqual(ARTICLE)
    expect(file).toEqual(ARTICLE)
  })

  test('Windows line endings read as the same paragraphs', async () => {
    const copied = await readBoth(ARTICLE.join('\r\n'))
    expect(copied.pasted).toEqual(ARTICLE)
    expect(copied.file).toEqual(ARTICLE)
    const wrapped = await readBoth(GREEDY_72.replace(/\n/g, '\r\n'))
    expect(wrapped.pasted).toEqual(ARTICLE)
    expect(wrapped.file).toEqual(ARTICLE)
  })

  test('a list of short lines stays one paragraph per line, in wire copy and in wrapped text', async () => {
    const list = [
      'Key points:',
      'Talks resume on Monday',
      'Both sides send envoys',
      'No ceasefire yet',
    ]
    expect((await readBoth(list.join('\n'))).pasted).toEqual(list)
    const headlines = [
      'Ceasefire talks resume in Doha as envoys trade proposals',
      'Senate passes stopgap bill to avert government shutdown',
      'Floods displace thousands across the northern provinces',
    ]
    expect((await readBoth(headlines.join('\n'))).pasted).toEqual(headlines)
    const bullets = ['- Talks resume on Monday', '- Both sides send envoys']
    const wrappedWithList = `${GREEDY_72}\n${bullets.join('\n')}`
    expect((await readBoth(wrappedWithList)).pasted).toEqual([...ARTICLE, ...bullets])
  })

  test('a single paragraph is one paragraph, on one line or hard-wrapped', async () => {
    expect((await readBoth(LEDE)).pasted).toEqual([LEDE])
    const wrapped = FMT_72.split('\n\n')[1]
    expect((await readBoth(wrapped)).pasted).toEqual([LEDE])
    expect((await readBoth(`${wrapped}\n`)).file).toEqual([LEDE])
  })

  test('a compound word the wrapper broke after its hyphen is joined without a space', async () => {
    // As Python's textwrap breaks it at 72 columns: at the hyphen of a compound word.
    const text =
      'The talks in Doha, which mediators described as the most promising well-\nknown effort in years, resumed on Saturday after a week of intense\nfighting along the eastern front, officials on both sides said.'
    expect((await readBoth(text)).pasted).toEqual([
      'The talks in Doha, which mediators described as the most promising well-known effort in years, resumed on Saturday after a week of intense fighting along the eastern front, officials on both sides said.',
    ])
  })
})
