import { expect, test } from 'vitest'
import { importStory, mark, twoCoders } from '../../support/doubleCoding'
import { open } from '../../support/tempArchive'

const DELAY = 'rejected any delay to the treaty'

async function bothCoded() {
  const { notebook } = await open()
  const { first, bea } = await twoCoders(notebook)
  const article = await importStory(notebook)
  await notebook.assignCoding({ articleIds: [article.id], coderIds: [first.id, bea.id] })
  await mark(notebook, article.id, first.id, DELAY, { stance: 'opposes' })
  await mark(notebook, article.id, first.id, 'demanded their release', { stance: 'supports' })
  await notebook.setCodingDone(article.id, true)
  await notebook.switchCoder(bea.id)
  await mark(notebook, article.id, bea.id, DELAY, { stance: 'opposes' })
  await mark(notebook, article.id, bea.id, 'demanded their release', { stance: 'supports' })
  await notebook.setCodingDone(article.id, true)
  const units = (await notebook.getComparison(article.id)).units
  return { notebook, article, units }
}

test('an article whose every unit adjudication dropped shows no statements in the explorer', async () => {
  const { notebook, article, units } = await bothCoded()
  const done = await notebook.adjudicate(
    article.id,
    units.map((unit) => ({ unitId: unit.id, drop: true as const })),
  )
  expect(done.coding?.adjudicated).toBe(true)
  expect(await notebook.queryStatements({ articleId: article.id, limit: 100 })).toEqual([])
})

test('an article with one of two units adjudicated still shows the undecided unit once', async () => {
  const { notebook, article, units } = await bothCoded()
  const bea = (await notebook.getCoder()).id
  await notebook.adjudicate(article.id, [{ unitId: units[0].id, take: bea }])
  const rows = await notebook.queryStatements({ articleId: article.id, limit: 100 })
  expect(rows.map((row) => row.quote)).toContain('demanded their release')
})
