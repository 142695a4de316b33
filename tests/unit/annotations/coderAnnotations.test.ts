import { expect, test } from 'vitest'
import { STORY, importStory, mark } from '../../support/doubleCoding'
import { open } from '../../support/tempArchive'

test('annotations carry their coder as W3C creator, and land in that coder’s layer in another archive, ready to compare', async () => {
  const { notebook: ana } = await open()
  const anaCoder = await ana.saveCoder({ id: (await ana.getCoder()).id, name: 'Ana' })
  const theirs = await importStory(ana)
  await mark(ana, theirs.id, anaCoder.id, 'rejected any delay to the treaty', {
    speaker: 'Water Ministry',
    stance: 'supports',
  })
  const file = await ana.exportAnnotations({ articleId: theirs.id, limit: 100 })
  const [annotation] = JSON.parse(file.content).first.items
  expect(annotation.creator).toEqual({
    type: 'Person',
    name: 'Ana',
    id: `urn:stancemark:coder:${anaCoder.id}`,
  })

  const { notebook: ben } = await open()
  const benCoder = await ben.saveCoder({ id: (await ben.getCoder()).id, name: 'Ben' })
  const ours = await importStory(ben)
  await mark(ben, ours.id, benCoder.id, 'The ministry rejected any delay', {
    speaker: 'Water Ministry',
    stance: 'opposes',
  })
  const report = await ben.importAnnotations(ours.id, file.content)
  expect(report.placed).toBe(1)
  const coders = await ben.listCoders()
  expect(coders.map((coder) => coder.name)).toEqual(['Ana', 'Ben'])
  const rows = await ben.queryStatements({ articleId: ours.id, limit: 100 })
  expect(rows.map((row) => [row.coder.name, row.quote])).toEqual([
    ['Ben', 'The ministry rejected any delay'],
    ['Ana', 'rejected any delay to the treaty'],
  ])
  const comparison = await ben.getComparison(ours.id)
  expect(comparison.text).toBe(STORY)
  expect(comparison.units.map((unit) => unit.disagreements)).toEqual([['boundaries', 'stance']])
})

test('annotations without a creator are the current coder’s', async () => {
  const { notebook } = await open()
  const article = await importStory(notebook)
  const json = JSON.stringify({
    type: 'Annotation',
    body: [],
    target: { selector: [{ type: 'TextQuoteSelector', exact: 'demanded their release' }] },
  })
  await notebook.importAnnotations(article.id, json)
  const [row] = await notebook.queryStatements({ articleId: article.id, limit: 10 })
  expect(row.coder.id).toBe((await notebook.getCoder()).id)
})
