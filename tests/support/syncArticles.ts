import { markStatements } from '../../src-main/notebook/statements/statementMarks'
import type { DocJSON, Statement } from '../../src-main/shared/model'
import type { Article } from '../../src-main/shared/model'

const paragraph = (text: string): DocJSON => ({
  type: 'paragraph',
  content: text ? [{ type: 'text', text }] : undefined,
})

/** A statement record as an analyst saves it, at a given time. */
export function statement(id: string, at: string, fields: Partial<Statement> = {}): Statement {
  return { id, tags: [], note: '', createdAt: at, updatedAt: at, ...fields }
}

/** An article of paragraphs whose statements are marked on the words given for each. */
export function articleOf(
  paragraphs: string[],
  marked: { statement: Statement; words: string }[] = [],
  fields: Partial<Article> = {},
): Article {
  const plain = paragraphs.join('\n\n')
  const body: DocJSON = { type: 'doc', content: paragraphs.map(paragraph) }
  const places = marked.map(({ statement, words }) => {
    const start = plain.indexOf(words)
    if (start < 0) throw new Error(`"${words}" is not in the text`)
    return { id: statement.id, start, end: start + words.length }
  })
  return {
    id: 'article1',
    revision: 1,
    meta: {
      title: 'Talks resume',
      source: 'Wire',
      url: '',
      authors: [],
      published: '2024-01-01',
      accessed: '',
      language: 'en',
      tags: [],
    },
    body: places.length > 0 ? markStatements(body, places) : body,
    notes: { type: 'doc', content: [paragraph('')] },
    statements: Object.fromEntries(marked.map(({ statement }) => [statement.id, statement])),
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    origin: { kind: 'paste', name: 'pasted text', sha256: '' },
    ...fields,
  }
}
