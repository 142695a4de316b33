import { expect, test } from 'vitest'
import { matchUnits, type CodedSpan } from '../../../src-main/notebook/agreement/matchUnits'

const span = (id: string, start: number, end: number): CodedSpan => ({
  id,
  coderId: id[0],
  start,
  end,
})
const ids = (units: CodedSpan[][]) => units.map((unit) => unit.map((s) => s.id).join('+'))

test('a span is matched to the one it overlaps most, one to one, the rest stand alone', () => {
  // A1 shares 30 characters with B2 and 10 with B1; A2 shares 20 with B2, which A1 has taken.
  const units = matchUnits([
    span('A1', 0, 40),
    span('A2', 25, 80),
    span('B1', 0, 15),
    span('B2', 10, 45),
  ])
  expect(ids(units)).toEqual(['B1', 'A1+B2', 'A2'])
})

test('spans match when they share half of the shorter one, not less', () => {
  expect(ids(matchUnits([span('A1', 0, 100), span('B1', 40, 60)]))).toEqual(['A1+B1'])
  expect(ids(matchUnits([span('A1', 0, 100), span('B1', 90, 130)]))).toEqual(['A1', 'B1'])
  expect(ids(matchUnits([span('A1', 0, 10), span('B1', 5, 10)]))).toEqual(['A1+B1'])
})

test('three coders: one unit holds at most one span of each coder', () => {
  const units = matchUnits([
    span('A1', 0, 50),
    span('A2', 10, 50),
    span('B1', 0, 50),
    span('C1', 5, 50),
  ])
  expect(ids(units)).toEqual(['A1+B1+C1', 'A2'])
})

test("one coder's own overlapping statements are never matched to each other", () => {
  expect(ids(matchUnits([span('A1', 0, 50), span('A2', 0, 50)]))).toEqual(['A1', 'A2'])
})
