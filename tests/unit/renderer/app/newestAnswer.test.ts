import { describe, expect, test } from 'vitest'
import { StancemarkError } from '../../../../src-main/shared/errors'
import { NewestAnswer } from '../../../../src-renderer/app/newestAnswer'

/** A request whose answer comes when the test says, as an archive's answers may come out of turn. */
function request<T>() {
  let answer!: (value: T) => void
  let fail!: (error: unknown) => void
  const promise = new Promise<T>((resolve, reject) => {
    answer = resolve
    fail = reject
  })
  return { load: () => promise, answer, fail }
}

describe('the newest answer', () => {
  test('an older answer that comes back after a newer one is dropped', async () => {
    const answers = new NewestAnswer()
    const older = request<string[]>()
    const newer = request<string[]>()
    const olderOutcome = answers.ask(older.load)
    const newerOutcome = answers.ask(newer.load)
    newer.answer(['Ilse Varga', 'Piet Daalmann'])
    expect(await newerOutcome).toEqual({ value: ['Ilse Varga', 'Piet Daalmann'] })
    older.answer(['Ilse Varga'])
    expect(await olderOutcome).toBeUndefined()
  })

  test('an answer in turn is kept, each in its turn', async () => {
    const answers = new NewestAnswer()
    const first = request<number>()
    const firstOutcome = answers.ask(first.load)
    first.answer(1)
    expect(await firstOutcome).toEqual({ value: 1 })
    const second = request<number>()
    const secondOutcome = answers.ask(second.load)
    second.answer(2)
    expect(await secondOutcome).toEqual({ value: 2 })
  })

  test('the newest request failing gives the reason in the analyst’s words', async () => {
    const answers = new NewestAnswer()
    const failing = request<number>()
    const outcome = answers.ask(failing.load)
    failing.fail(new StancemarkError('io', 'The archive could not be read: the disk is gone.'))
    expect(await outcome).toEqual({ error: 'The archive could not be read: the disk is gone.' })
  })

  test('an older request failing after a newer one answered is dropped', async () => {
    const answers = new NewestAnswer()
    const older = request<number>()
    const newer = request<number>()
    const olderOutcome = answers.ask(older.load)
    const newerOutcome = answers.ask(newer.load)
    newer.answer(7)
    expect(await newerOutcome).toEqual({ value: 7 })
    older.fail(new Error('gone'))
    expect(await olderOutcome).toBeUndefined()
  })

  test('an answer asked for before forget is dropped when it comes', async () => {
    const answers = new NewestAnswer()
    const pending = request<number>()
    const outcome = answers.ask(pending.load)
    answers.forget()
    pending.answer(3)
    expect(await outcome).toBeUndefined()
  })
})
