import { expect, test } from 'vitest'
import { Article } from '../../../src-main/shared/model'
import { importStory, mark, twoCoders } from '../../support/doubleCoding'
import { open } from '../../support/tempArchive'

const DELAY = 'rejected any delay to the treaty'
const RELEASE = 'demanded their release'

test('a coder coding blind sees only their own statements, in the text, the lists and the exports', async () => {
  const { notebook } = await open()
  const { first, bea } = await twoCoders(notebook)
  const article = await importStory(notebook)
  const theirs = await mark(notebook, article.id, first.id, DELAY, { speaker: 'Water Ministry' })
  await notebook.assignCoding({ articleIds: [article.id], coderIds: [first.id, bea.id] })
  await notebook.switchCoder(bea.id)
  await mark(notebook, article.id, bea.id, RELEASE)

  const seen = await notebook.getArticle(article.id)
  expect(Object.keys(seen.statements)).toHaveLength(1)
  expect(JSON.stringify(seen)).not.toContain(theirs.id)
  const all = { articleId: article.id, limit: 100 }
  expect((await notebook.queryStatements(all)).map((row) => row.quote)).toEqual([RELEASE])
  expect((await notebook.exploreStatements(all)).total).toBe(1)
  const analysis = await notebook.analyseStatements(all)
  expect(JSON.stringify(analysis)).not.toContain('Water Ministry')
  const csv = await notebook.exportStatements(all, { format: 'csv', excel: false })
  expect(csv.content).not.toContain(DELAY)
  expect((await notebook.exportAnnotations(all)).content).not.toContain(DELAY)
  expect((await notebook.exportArticle(article.id, 'web-annotation')).content).not.toContain(DELAY)
  await expect(
    notebook.updateStatement(article.id, theirs.id, { stance: 'opposes' }),
  ).rejects.toThrow('That statement is not in this article.')
  const bulk = await notebook.bulkUpdateStatements(
    [{ articleId: article.id, statementId: theirs.id }],
    {
      stance: 'opposes',
    },
  )
  expect([bulk.updated, bulk.missing]).toEqual([0, 1])

  // Done while another coder is not: still their own work alone, until everyone is done.
  await notebook.setCodingDone(article.id, true)
  expect(Object.keys((await notebook.getArticle(article.id)).statements)).toHaveLength(1)
  expect((await notebook.queryStatements(all)).map((row) => row.quote)).toEqual([RELEASE])
  await notebook.switchCoder(first.id)
  await notebook.setCodingDone(article.id, true)
  await notebook.switchCoder(bea.id)
  expect(Object.keys((await notebook.getArticle(article.id)).statements)).toHaveLength(2)
})

test('a save from a coder coding blind keeps the statements hidden from them, marks and all', async () => {
  const { notebook } = await open()
  const { first, bea } = await twoCoders(notebook)
  const article = await importStory(notebook)
  const theirs = await mark(notebook, article.id, first.id, DELAY, { stance: 'supports' })
  await notebook.assignCoding({ articleIds: [article.id], coderIds: [first.id, bea.id] })
  await notebook.switchCoder(bea.id)
  const own = await mark(notebook, article.id, bea.id, RELEASE)
  const seen = Article.parse(await notebook.getArticle(article.id))
  const notes = {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Read twice.' }] }],
  }
  const saved = await notebook.updateArticle(article.id, {
    baseRevision: seen.revision,
    body: seen.body,
    notes,
    statements: seen.statements,
  })
  expect(Object.keys(saved.statements)).toEqual([own.id])

  await notebook.switchCoder(first.id)
  const back = await notebook.getArticle(article.id)
  expect(back.statements[theirs.id]).toEqual(theirs)
  expect(back.notes).toEqual(notes)
  const [row] = await notebook.queryStatements({ articleId: article.id, limit: 100 })
  expect([row.statementId, row.quote]).toEqual([theirs.id, DELAY])
})

test('the text of an article being double coded cannot be edited, and says why', async () => {
  const { notebook } = await open()
  const { first, bea } = await twoCoders(notebook)
  const article = await importStory(notebook)
  await notebook.assignCoding({ articleIds: [article.id], coderIds: [first.id, bea.id] })
  const current = await notebook.getArticle(article.id)
  const edited = JSON.parse(JSON.stringify(current.body).replace('Mara Velin', 'Mara Velina'))
  await expect(
    notebook.updateArticle(article.id, { baseRevision: current.revision, body: edited }),
  ).rejects.toThrow(/cannot be edited while it is being double coded/)
  expect(JSON.stringify((await notebook.getArticle(article.id)).body)).toContain('Mara Velin said')
})

test('suggestions for a coder coding blind neither skip nor learn from the others’ statements', async () => {
  const { notebook } = await open()
  const { first, bea } = await twoCoders(notebook)
  const article = await importStory(
    notebook,
    '“We will reopen the crossings on Monday,” said Mara Lind, the minister of transport.',
  )
  const [suggestion] = await notebook.suggestStatements(article.id)
  expect(suggestion).toBeDefined()
  await notebook.assignCoding({ articleIds: [article.id], coderIds: [first.id, bea.id] })
  await notebook.addStatement(article.id, {
    anchor: suggestion.anchor,
    tags: [],
    note: '',
  })
  expect(await notebook.suggestStatements(article.id)).toEqual([])
  await notebook.switchCoder(bea.id)
  expect(await notebook.suggestStatements(article.id)).toEqual([suggestion])
})
