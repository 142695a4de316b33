import { expect, test } from 'vitest'
import { counted } from '../../../../src-renderer/ui/counted'

test('a count reads as the analyst reads it, with thousands grouped', () => {
  expect(counted(1, 'statement', 'statements')).toBe('1 statement')
  expect(counted(0, 'statement', 'statements')).toBe('0 statements')
  expect(counted(94_913, 'statement', 'statements')).toBe('94,913 statements')
  expect(counted(2, 'statement is', 'statements are')).toBe('2 statements are')
})
