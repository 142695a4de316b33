import { expect, test } from 'vitest'
import {
  STATEMENT_INDEX_VERSION,
  StatementIndex,
} from '../../../src-main/notebook/statements/statementIndex'

const entry = (id: string, quote: string) =>
  JSON.stringify([
    id,
    {
      stamp: `${id}-1`,
      length: 200,
      statements: [
        {
          id: `${id}s`,
          speakerId: 'varga',
          stance: 'supports',
          tags: [],
          note: '',
          quote,
          start: 0,
          end: quote.length,
        },
      ],
    },
  ])

const FILE = [
  JSON.stringify({ version: STATEMENT_INDEX_VERSION, articles: 3 }),
  entry('a1', 'the crossings would reopen on June 1'),
  entry('a2', 'This is a first step'),
  entry('a3', 'the plan came too late'),
].join('\n')

test('the statement index is written as the lines it is read from, byte for byte', async () => {
  const index = StatementIndex.parse(Buffer.from(FILE))
  expect((await index.serialize(1)).join('')).toBe(FILE)
  expect((await index.serialize()).join('')).toBe(FILE)
})

test('the statement index is written as it was when asked, letting other work run while it is made', async () => {
  const index = StatementIndex.parse(Buffer.from(FILE))
  const ran: string[] = []
  const text = index.serialize(1).then((parts) => {
    ran.push('written')
    return parts.join('')
  })
  // An article deleted meanwhile, and a call answered between two slices of the file.
  index.remove('a2')
  setImmediate(() => ran.push('another call'))
  expect(await text).toBe(FILE)
  expect(ran).toEqual(['another call', 'written'])
  expect(index.size).toBe(2)
})
