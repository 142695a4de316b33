import { expect, test, vi } from 'vitest'
import { z } from 'zod'
import { answerCall } from '../../src-main/notebook/answer'
import { contract } from '../../src-main/shared/contract'
import { open } from '../support/tempArchive'

const deepQuote = (depth: number) =>
  JSON.parse(
    `${'{"type":"blockquote","content":['.repeat(depth)}{"type":"paragraph"}${']}'.repeat(depth)}`,
  ) as unknown

test('a document nested 100,000 levels deep is refused as invalid, not thrown', async () => {
  const { notebook } = await open()
  const { items } = await notebook.listArticles({ offset: 0, limit: 1 })
  const body = { type: 'doc', content: [deepQuote(100_000)] }
  const answer = await answerCall(contract, notebook, 'updateArticle', [
    items[0].id,
    { baseRevision: items[0].revision, body },
  ])
  expect(answer).toMatchObject({ ok: false, error: { code: 'invalid' } })
  expect(JSON.stringify(answer)).toContain('at most')
})

test('names every object inherits are not ids: __proto__, constructor, toString', async () => {
  const { notebook } = await open()
  const speakers = await notebook.listSpeakers()
  for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
    for (const method of ['deleteSpeaker', 'deletePosition', 'getArticle', 'deleteArticle']) {
      const answer = await answerCall(contract, notebook, method, [name])
      expect(answer, `${method}(${name})`).toMatchObject({ ok: false, error: { code: 'invalid' } })
    }
  }
  expect(await notebook.listSpeakers()).toEqual(speakers)
})

test('a schema that throws while checking still gets an answer', async () => {
  const throwing = {
    explode: {
      args: z.tuple([
        z.custom<string>(() => {
          throw new RangeError('Maximum call stack size exceeded')
        }),
      ]),
      result: z.null(),
    },
  }
  const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
  const answer = await answerCall(throwing, { explode: () => null }, 'explode', ['x'])
  expect(answer).toMatchObject({ ok: false, error: { code: 'internal' } })
  expect(logged).toHaveBeenCalledOnce()
  logged.mockRestore()
})
