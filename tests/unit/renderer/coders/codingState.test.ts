import { describe, expect, test } from 'vitest'
import { codingState } from '../../../../src-renderer/features/coders/codingState'

describe('an article’s double coding as the library says it', () => {
  test('an article not double-coded says nothing', () => {
    expect(codingState(undefined, 'ana')).toBeUndefined()
  })

  test('while coders are at work it counts them and those done, and says whose it is to code', () => {
    const coding = { coders: ['ana', 'ben'], done: ['ana'] }
    expect(codingState(coding, 'ben')).toEqual({
      stage: 'coding',
      label: '2 coders · 1 done',
      yoursToCode: true,
    })
    expect(codingState(coding, 'ana')?.yoursToCode).toBe(false)
    expect(codingState(coding, 'cleo')?.yoursToCode).toBe(false)
  })

  test('with every coder done it is ready to compare, and adjudicated once decided', () => {
    expect(codingState({ coders: ['ana', 'ben'], done: ['ben', 'ana'] }, 'ana')?.label).toBe(
      'Ready to compare',
    )
    expect(
      codingState({ coders: ['ana', 'ben'], done: ['ana', 'ben'], adjudicated: true }, 'ana')
        ?.label,
    ).toBe('Adjudicated')
  })
})
