import { expect, test } from 'vitest'
import {
  measureAgreement,
  type CodedStatement,
} from '../../../src-main/notebook/agreement/measureAgreement'

// Krippendorff's reliability data "C" (2011) as statements: 4 coders, 12 sentences of 40
// characters; a coder who left a unit out did not mark that sentence; the value is the position.
const dataC: (number | null)[][] = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
  [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
]
const coders = ['ana', 'ben', 'cleo', 'dev']

function dataCArticle(): CodedStatement[] {
  return dataC.flatMap((row, coder) =>
    row.flatMap((value, unit) =>
      value === null
        ? []
        : [
            {
              id: `${coders[coder]}-${unit}`,
              coderId: coders[coder],
              start: unit * 40,
              end: unit * 40 + 30,
              positionId: `p${value}`,
            },
          ],
    ),
  )
}

test('statements matched by their words give the published nominal α of data C for position', () => {
  const { overall } = measureAgreement(
    [{ id: 'a', length: 480, statements: dataCArticle() }],
    coders,
  )
  expect(overall.position.alpha!.toFixed(3)).toBe('0.743')
  expect([overall.units, overall.lone]).toEqual([12, 1])
})

test('two coders marking and coding alike agree fully; one lone statement lowers α for unitizing', () => {
  const alike = (coderId: string): CodedStatement[] => [
    { id: `${coderId}1`, coderId, start: 0, end: 30, speakerId: 's1', stance: 'supports' },
    { id: `${coderId}2`, coderId, start: 50, end: 90, speakerId: 's2', stance: 'opposes' },
  ]
  const same = measureAgreement(
    [{ id: 'a', length: 200, statements: [...alike('x'), ...alike('y')] }],
    ['x', 'y'],
  )
  expect([same.overall.alphaU, same.overall.speaker.alpha, same.overall.stance.alpha]).toEqual([
    1, 1, 1,
  ])
  expect(same.overall.pairs[0].speaker.kappa).toBe(1)

  const extra: CodedStatement = { id: 'y3', coderId: 'y', start: 120, end: 160, speakerId: 's1' }
  const lone = measureAgreement(
    [{ id: 'a', length: 200, statements: [...alike('x'), ...alike('y'), extra] }],
    ['x', 'y'],
  )
  expect(lone.overall.lone).toBe(1)
  expect(lone.overall.alphaU!).toBeLessThan(1)
  expect(lone.overall.speaker.alpha).toBe(1)
})

test('statements of coders not asked about are left out, and each article has its own figures', () => {
  const statements: CodedStatement[] = [
    { id: 'x1', coderId: 'x', start: 0, end: 30, stance: 'supports' },
    { id: 'y1', coderId: 'y', start: 0, end: 30, stance: 'opposes' },
    { id: 'z1', coderId: 'z', start: 0, end: 30, stance: 'supports' },
  ]
  const result = measureAgreement(
    [
      { id: 'a', length: 100, statements },
      { id: 'b', length: 100, statements: [] },
    ],
    ['x', 'z'],
  )
  expect(result.articles.map((article) => [article.articleId, article.units])).toEqual([
    ['a', 1],
    ['b', 0],
  ])
  expect(result.overall.stance.percentAgreement).toBe(1)
})
