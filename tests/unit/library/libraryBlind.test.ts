import { expect, test } from 'vitest'
import { importStory, mark, twoCoders } from '../../support/doubleCoding'
import { open } from '../../support/tempArchive'

test('a coder coding blind sees in the library neither how many statements the others marked nor their stances', async () => {
  const { notebook } = await open()
  const { first, bea } = await twoCoders(notebook)
  const article = await importStory(notebook)
  await notebook.assignCoding({ articleIds: [article.id], coderIds: [first.id, bea.id] })
  await mark(notebook, article.id, first.id, 'rejected any delay to the treaty', {
    stance: 'opposes',
  })
  await notebook.switchCoder(bea.id)
  const { items } = await notebook.listArticles({ offset: 0, limit: 10 })
  const ours = items.filter((a) => a.id === article.id)
  expect(ours.map((a) => [a.statementCount, a.stances])).toEqual([[0, []]])
})

test('a coder coding blind does not find the article by the speaker or stance only the others marked', async () => {
  const { notebook } = await open()
  const { first, bea } = await twoCoders(notebook)
  const article = await importStory(notebook)
  await notebook.assignCoding({ articleIds: [article.id], coderIds: [first.id, bea.id] })
  await mark(notebook, article.id, first.id, 'rejected any delay to the treaty', {
    stance: 'opposes',
  })
  await notebook.switchCoder(bea.id)
  const byStance = await notebook.listArticles({ offset: 0, limit: 10, stance: 'opposes' })
  const marked = await notebook.listArticles({ offset: 0, limit: 10, hasStatements: true })
  const ours = (items: { id: string }[]) => items.filter((a) => a.id === article.id).length
  expect([ours(byStance.items), ours(marked.items)]).toEqual([0, 0])
})
