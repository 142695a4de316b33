import { expect, test } from 'vitest'
import type { DocJSON } from '../../../src-main/shared/model'
import { docFromJSON } from '../../../src-main/shared/document'
import { plainText } from '../../../src-main/shared/plainText'
import { markStatement } from '../../../src-main/notebook/statements/statementMarks'
import { STORY, importStory, mark, twoCoders } from '../../support/doubleCoding'
import { open } from '../../support/tempArchive'

const RELEASE = 'demanded their release'

// The window marks words as ArticleWorkspace.markStatement does: a record with no coderId, saved by updateArticle.
test('a statement a blind coder marks in the window stays theirs and in their view', async () => {
  const { notebook } = await open()
  const { first, bea } = await twoCoders(notebook)
  const article = await importStory(notebook)
  await notebook.assignCoding({ articleIds: [article.id], coderIds: [first.id, bea.id] })
  await notebook.switchCoder(bea.id)
  const seen = await notebook.getArticle(article.id)
  const start = plainText(docFromJSON(seen.body as DocJSON)).text.indexOf(RELEASE)
  const id = 'stmtwindow1'
  const now = new Date().toISOString()
  const saved = await notebook.updateArticle(article.id, {
    baseRevision: seen.revision,
    body: markStatement(seen.body as DocJSON, start, start + RELEASE.length, id),
    statements: { [id]: { id, tags: [], note: '', createdAt: now, updatedAt: now } },
  })
  expect(Object.keys(saved.statements)).toEqual([id])
  expect(STORY).toContain(RELEASE)
})

test('a blind coder’s save cannot put a statement in another coder’s layer or make it the consensus', async () => {
  const { notebook } = await open()
  const { first, bea } = await twoCoders(notebook)
  const article = await importStory(notebook)
  await notebook.assignCoding({ articleIds: [article.id], coderIds: [first.id, bea.id] })
  await notebook.switchCoder(bea.id)
  const seen = await notebook.getArticle(article.id)
  const start = plainText(docFromJSON(seen.body as DocJSON)).text.indexOf(RELEASE)
  const id = 'stmtwindow2'
  const now = new Date().toISOString()
  await notebook.updateArticle(article.id, {
    baseRevision: seen.revision,
    body: markStatement(seen.body as DocJSON, start, start + RELEASE.length, id),
    statements: {
      [id]: {
        id,
        coderId: first.id,
        consensus: true,
        tags: [],
        note: '',
        createdAt: now,
        updatedAt: now,
      },
    },
  })
  await notebook.setCodingDone(article.id, true)
  await notebook.switchCoder(first.id)
  // Every coder done, the first coder sees everyone's statements.
  const back = await notebook.setCodingDone(article.id, true)
  expect([back.statements[id]?.coderId, back.statements[id]?.consensus]).toEqual([
    bea.id,
    undefined,
  ])
})

test('a blind coder who adds a statement as another coder, or imports another coder’s annotations, adds to their own layer', async () => {
  const { notebook } = await open()
  const { first, bea } = await twoCoders(notebook)
  const article = await importStory(notebook)
  await notebook.assignCoding({ articleIds: [article.id], coderIds: [first.id, bea.id] })
  await notebook.switchCoder(bea.id)
  await mark(notebook, article.id, first.id, RELEASE)
  const json = JSON.stringify({
    type: 'Annotation',
    creator: { type: 'Person', name: 'Carl' },
    body: [],
    target: { selector: [{ type: 'TextQuoteSelector', exact: 'rejected any delay' }] },
  })
  await notebook.importAnnotations(article.id, json)
  const rows = await notebook.queryStatements({ articleId: article.id, limit: 100 })
  expect(rows.map((row) => [row.coder.name, row.quote])).toEqual([
    ['Bea', 'rejected any delay'],
    ['Bea', RELEASE],
  ])
  expect((await notebook.listCoders()).map((coder) => coder.name)).not.toContain('Carl')
})
