import { expect, test } from 'vitest'
import {
  measureAgreement,
  type CodedStatement,
} from '../../../src-main/notebook/agreement/measureAgreement'
import type { Notebook } from '../../../src-main/notebook/notebook'
import { importStory, mark, twoCoders } from '../../support/doubleCoding'
import { open } from '../../support/tempArchive'

// Krippendorff's reliability data "C" (2011), laid out as in measureAgreement.test.ts: 4 coders,
// 12 sentences of 40 characters; a coder who left a unit out did not mark that sentence; the
// value is the position.
const dataC: (number | null)[][] = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
  [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
]
const NAMES = ['Ana', 'Ben', 'Cleo', 'Dev']
const sentence = (i: number) =>
  `Sentence ${String(i + 1).padStart(2, '0')} tells of the plan.`.padEnd(39, '.')
const TEXT = Array.from({ length: 12 }, (_, i) => sentence(i)).join(' ')

/** Data C coded in an archive by four coders, each of whom marks the article done. */
async function dataCArchive(): Promise<{
  notebook: Notebook
  articleId: string
  coderIds: string[]
}> {
  const { notebook } = await open()
  const article = await importStory(notebook, TEXT, 'Data C')
  const coderIds: string[] = []
  for (const [coder, row] of dataC.entries()) {
    for (const [unit, value] of row.entries()) {
      if (value === null) continue
      const { statement } = await notebook.addStatement(article.id, {
        anchor: { start: unit * 40, end: unit * 40 + 30 },
        coder: { name: NAMES[coder] },
        position: { label: `p${value}` },
        tags: [],
        note: '',
      })
      coderIds[coder] = statement.coderId!
    }
  }
  await notebook.assignCoding({ articleIds: [article.id], coderIds })
  for (const id of coderIds) {
    await notebook.switchCoder(id)
    await notebook.setCodingDone(article.id, true)
  }
  return { notebook, articleId: article.id, coderIds }
}

test('agreement over an archive coded as data C gives the published nominal α for position and measureAgreement’s figures', async () => {
  const { notebook, articleId, coderIds } = await dataCArchive()
  const report = await notebook.agreement({})
  expect(report.articles).toBe(1)
  expect(report.coders.map((coder) => coder.name)).toEqual(NAMES)
  expect(report.overall.position.alpha!.toFixed(3)).toBe('0.743')
  expect([report.overall.units, report.overall.lone]).toEqual([12, 1])

  const statements: CodedStatement[] = dataC.flatMap((row, coder) =>
    row.flatMap((value, unit) =>
      value === null
        ? []
        : [
            {
              id: `${coder}-${unit}`,
              coderId: coderIds[coder],
              start: unit * 40,
              end: unit * 40 + 30,
              positionId: `p${value}`,
            },
          ],
    ),
  )
  const expected = measureAgreement([{ id: articleId, length: TEXT.length, statements }], coderIds)
  // Position ids here are the codebook's, there its labels: α and κ depend on the values' identity alone.
  expect(report.overall).toEqual(expected.overall)
  expect(report.perArticle.map((a) => [a.articleId, a.title, a.alphaU])).toEqual([
    [articleId, 'Data C', expected.articles[0].alphaU],
  ])
})

test('agreement waits for an article until everyone is done, and refuses a coder still coding it blind', async () => {
  const { notebook } = await open()
  const { first, bea } = await twoCoders(notebook)
  const article = await importStory(notebook)
  await notebook.assignCoding({ articleIds: [article.id], coderIds: [first.id, bea.id] })
  await mark(notebook, article.id, first.id, 'demanded their release')
  expect((await notebook.agreement({})).articles).toBe(0)
  await expect(notebook.agreement({ articleIds: [article.id] })).rejects.toThrow(
    /You are still coding “River talks” on your own/,
  )
})

test('speakers merged in the registry count as one speaker in the agreement', async () => {
  const { notebook } = await open()
  const { first, bea } = await twoCoders(notebook)
  const article = await importStory(notebook)
  await mark(notebook, article.id, first.id, 'demanded their release', { speaker: 'Fishing crews' })
  await mark(notebook, article.id, bea.id, 'demanded their release', { speaker: 'The fishermen' })
  await mark(notebook, article.id, first.id, 'rejected any delay', { speaker: 'Water Ministry' })
  await mark(notebook, article.id, bea.id, 'rejected any delay', { speaker: 'Water Ministry' })
  await notebook.assignCoding({ articleIds: [article.id], coderIds: [first.id, bea.id] })
  await notebook.setCodingDone(article.id, true)
  await notebook.switchCoder(bea.id)
  await notebook.setCodingDone(article.id, true)
  const before = await notebook.agreement({})
  expect(before.overall.speaker.percentAgreement).toBe(0.5)
  const speakers = await notebook.listSpeakers()
  const id = (name: string) => speakers.find((s) => s.name === name)!.id
  await notebook.mergeSpeakers(id('Fishing crews'), id('The fishermen'))
  const after = await notebook.agreement({})
  expect([after.overall.speaker.alpha, after.overall.speaker.percentAgreement]).toEqual([1, 1])
})

test('the agreement exports as CSV, a row per article and one for all, and as a Markdown methods report', async () => {
  const { notebook, articleId } = await dataCArchive()
  const csv = await notebook.exportAgreement({}, 'csv')
  expect(csv.filename).toBe('stancemark-agreement.csv')
  const [header, row, overall] = csv.content.trim().split(/\r?\n/)
  expect(header.split(',').slice(0, 11)).toEqual([
    'article_id',
    'title',
    'units',
    'one_coder_units',
    'alpha_u',
    'speaker_alpha',
    'speaker_percent_agreement',
    'position_alpha',
    'position_percent_agreement',
    'stance_alpha',
    'stance_percent_agreement',
  ])
  expect(header).toContain('position_kappa Ana & Ben')
  expect(row.split(',').slice(0, 4)).toEqual([articleId, 'Data C', '12', '1'])
  expect(row.split(',')[7]).toBe('0.743')
  expect(overall.split(',').slice(0, 4)).toEqual(['', 'All articles', '12', '1'])

  const md = await notebook.exportAgreement({}, 'markdown')
  expect(md.filename).toBe('stancemark-agreement.md')
  expect(md.content).toContain('# Intercoder agreement')
  expect(md.content).toContain(
    '1 article was coded independently by 4 coders (Ana, Ben, Cleo, Dev)',
  )
  expect(md.content).toContain(
    'at least 50 % of the shorter span, one to one, the largest overlap first',
  )
  expect(md.content).toMatch(/\| Krippendorff’s α, position +\| +nominal +\| +0\.743 \|/)
  expect(md.content).toContain('ordinal (opposes < neutral < supports)')
  expect(md.content).toContain('Cohen, J. (1960)')
})
