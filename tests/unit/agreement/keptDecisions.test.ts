import { expect, test } from 'vitest'
import { docFromJSON } from '../../../src-main/shared/document'
import type { DocJSON } from '../../../src-main/shared/model'
import { statementSpans } from '../../../src-main/shared/statementSpans'
import { importStory, mark, twoCoders } from '../../support/doubleCoding'
import { open } from '../../support/tempArchive'

const DELAY = 'rejected any delay to the treaty'
const RELEASE = 'demanded their release'

async function bothCoded() {
  const { notebook } = await open()
  const { first, bea } = await twoCoders(notebook)
  const article = await importStory(notebook)
  await notebook.assignCoding({ articleIds: [article.id], coderIds: [first.id, bea.id] })
  await mark(notebook, article.id, first.id, DELAY, { stance: 'opposes' })
  await mark(notebook, article.id, first.id, RELEASE, { stance: 'supports' })
  await notebook.setCodingDone(article.id, true)
  await notebook.switchCoder(bea.id)
  const beas = await mark(notebook, article.id, bea.id, DELAY, { stance: 'supports' })
  await mark(notebook, article.id, bea.id, RELEASE, { stance: 'supports' })
  await notebook.setCodingDone(article.id, true)
  const units = (await notebook.getComparison(article.id)).units
  return { notebook, article, units, first, bea, beas }
}

test('giving an article to its coders again keeps the adjudication decided so far', async () => {
  const { notebook, article, units, first, bea } = await bothCoded()
  await notebook.adjudicate(article.id, [{ unitId: units[0].id, take: bea.id }])
  await notebook.assignCoding({ articleIds: [article.id], coderIds: [first.id, bea.id] })
  const comparison = await notebook.getComparison(article.id)
  expect(comparison.units.map((unit) => unit.consensus?.stance)).toEqual(['supports', undefined])
})

test('a decision whose unit has gone takes its consensus statement with it', async () => {
  const { notebook, article, units, first, bea, beas } = await bothCoded()
  await notebook.adjudicate(article.id, [{ unitId: units[0].id, take: bea.id }])
  // Bea takes her statement back: the decided unit is now the first coder's alone.
  await notebook.removeStatement(article.id, beas.id)
  const now = (await notebook.getComparison(article.id)).units
  expect(now.map((unit) => unit.statements.length)).toEqual([1, 2])
  const after = await notebook.adjudicate(article.id, [{ unitId: now[0].id, take: first.id }])
  const consensus = Object.values(after.statements).filter((statement) => statement.consensus)
  expect(consensus.map((statement) => statement.stance)).toEqual(['opposes'])
  const marked = statementSpans(docFromJSON(after.body as DocJSON)).map((span) => span.id)
  expect(new Set(marked)).toEqual(new Set(Object.keys(after.statements)))
})
