import { expect, test } from 'vitest'
import { STORY, importStory, mark, twoCoders } from '../../support/doubleCoding'
import { open } from '../../support/tempArchive'

/** Two coders code the story apart: alike on Velin, apart on the ministry's stance and span, one alone on the crews. */
async function codedApart() {
  const { notebook } = await open()
  const { first, bea } = await twoCoders(notebook)
  const article = await importStory(notebook)
  await notebook.assignCoding({ articleIds: [article.id], coderIds: [first.id, bea.id] })
  const velin = { speaker: 'Mara Velin', position: 'Treaty', stance: 'supports' } as const
  const a1 = await mark(
    notebook,
    article.id,
    first.id,
    'the treaty must be signed this spring',
    velin,
  )
  const a2 = await mark(notebook, article.id, first.id, 'rejected any delay to the treaty', {
    speaker: 'Water Ministry',
    position: 'Treaty',
    stance: 'supports',
  })
  const a3 = await mark(notebook, article.id, first.id, 'demanded their release', {
    speaker: 'Fishing crews',
  })
  await notebook.switchCoder(bea.id)
  const b1 = await mark(
    notebook,
    article.id,
    bea.id,
    'the treaty must be signed this spring',
    velin,
  )
  const b2 = await mark(notebook, article.id, bea.id, 'The ministry rejected any delay', {
    speaker: 'Water Ministry',
    position: 'Treaty',
    stance: 'opposes',
  })
  return { notebook, article, first, bea, a1, a2, a3, b1, b2 }
}

test('the comparison is refused until every coder is done, then matches statements into units with their disagreements', async () => {
  const { notebook, article, first, bea, a1, a2, a3, b1, b2 } = await codedApart()
  await notebook.setCodingDone(article.id, true)
  // The library shows each article's coding state.
  const listed = (await notebook.listArticles({ offset: 0, limit: 10 })).items
  expect(listed.find((item) => item.id === article.id)?.coding).toEqual({
    coders: [first.id, bea.id],
    done: [bea.id],
  })
  await expect(notebook.getComparison(article.id)).rejects.toThrow(
    'Not every coder has marked this article done yet',
  )
  await notebook.switchCoder(first.id)
  await notebook.setCodingDone(article.id, true)

  const comparison = await notebook.getComparison(article.id)
  expect(comparison.text).toBe(STORY)
  expect(comparison.coders.map((coder) => coder.name).sort()).toEqual([first.name, bea.name].sort())
  expect(
    comparison.units.map((unit) => ({
      id: unit.id,
      quotes: unit.statements
        .map((s) => [s.coderId === first.id ? 'first' : 'bea', s.quote])
        .sort(),
      disagreements: unit.disagreements,
    })),
  ).toEqual([
    {
      id: [a1.id, b1.id].sort().join('+'),
      quotes: [
        ['bea', 'the treaty must be signed this spring'],
        ['first', 'the treaty must be signed this spring'],
      ],
      disagreements: [],
    },
    {
      id: [a2.id, b2.id].sort().join('+'),
      quotes: [
        ['bea', 'The ministry rejected any delay'],
        ['first', 'rejected any delay to the treaty'],
      ],
      disagreements: ['boundaries', 'stance'],
    },
    { id: a3.id, quotes: [['first', 'demanded their release']], disagreements: ['one-coder'] },
  ])
})

test('adjudication takes, edits or drops each unit; once all are decided the explorer shows the consensus alone', async () => {
  const { notebook, article, first, bea, a1, a2, a3, b1, b2 } = await codedApart()
  await notebook.setCodingDone(article.id, true)
  await notebook.switchCoder(first.id)
  await notebook.setCodingDone(article.id, true)
  const [velin, ministry, crews] = (await notebook.getComparison(article.id)).units

  const partly = await notebook.adjudicate(article.id, [{ unitId: velin.id, take: bea.id }])
  expect(partly.coding?.adjudicated).toBeUndefined()
  // A decision can be changed: first Bea's version of the ministry, then the first coder's, edited.
  await notebook.adjudicate(article.id, [{ unitId: ministry.id, take: bea.id }])
  const done = await notebook.adjudicate(article.id, [
    { unitId: ministry.id, take: first.id, edit: { stance: 'opposes' } },
    { unitId: crews.id, drop: true },
  ])
  expect(done.coding?.adjudicated).toBe(true)
  const consensus = Object.values(done.statements).filter((s) => s.consensus)
  expect(consensus).toHaveLength(2)
  expect(consensus.every((s) => s.coderId === first.id)).toBe(true)
  // The coders' own statements stay.
  for (const own of [a1, a2, a3, b1, b2]) expect(done.statements[own.id]).toBeDefined()

  const units = (await notebook.getComparison(article.id)).units
  expect(units.map((unit) => [unit.consensus?.stance ?? null, unit.dropped ?? false])).toEqual([
    ['supports', false],
    ['opposes', false],
    [null, true],
  ])
  const rows = await notebook.queryStatements({ articleId: article.id, limit: 100 })
  expect(rows.map((row) => [row.quote, row.stance, row.consensus])).toEqual([
    ['the treaty must be signed this spring', 'supports', true],
    ['rejected any delay to the treaty', 'opposes', true],
  ])
  // Whatever coders are chosen, an adjudicated article contributes its consensus.
  const chosen = await notebook.queryStatements({
    articleId: article.id,
    coderIds: [bea.id],
    limit: 100,
  })
  expect(chosen).toHaveLength(2)
})

test('without consensus, the explorer reads the statements of the coders chosen, each row naming its coder', async () => {
  const { notebook, article, first, bea } = await codedApart()
  await notebook.setCodingDone(article.id, true)
  await notebook.switchCoder(first.id)
  await notebook.setCodingDone(article.id, true)
  const rowsOf = async (coderIds?: string[]) =>
    (await notebook.queryStatements({ articleId: article.id, coderIds, limit: 100 })).map(
      (row) => `${row.coder.name}: ${row.quote}`,
    )
  expect(await rowsOf([bea.id])).toEqual([
    'Bea: the treaty must be signed this spring',
    'Bea: The ministry rejected any delay',
  ])
  expect(await rowsOf()).toHaveLength(5)
  const csv = await notebook.exportStatements(
    { articleId: article.id, coderIds: [first.id], limit: 100 },
    { format: 'csv', excel: false },
  )
  const lines = csv.content.trim().split(/\r?\n/)
  expect(lines[0].endsWith(',coder')).toBe(true)
  expect(lines.slice(1).map((line) => line.split(',').at(-1))).toEqual([
    first.name,
    first.name,
    first.name,
  ])
})
