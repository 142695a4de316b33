import { expect, test } from 'vitest'
import type { Speaker } from '../../../../src-main/shared/model'
import { keepUnchanged, unlessSame } from '../../../../src-renderer/features/registry/keepUnchanged'

const speaker = (id: string, name: string, aliases: string[] = []): Speaker => ({
  id,
  name,
  aliases,
  kind: 'person',
  notes: '',
})

test('a registry asked for again after a save that changed no speaker is the registry as before', () => {
  const before = [speaker('a', 'Ilse Varga', ['Varga']), speaker('b', 'Piet Daalmann')]
  const again = [speaker('a', 'Ilse Varga', ['Varga']), speaker('b', 'Piet Daalmann')]
  expect(keepUnchanged(before, again)).toBe(before)
})

test('a speaker given an alias is the new one, the others stay the objects they were', () => {
  const before = [speaker('a', 'Ilse Varga'), speaker('b', 'Piet Daalmann')]
  const again = [speaker('a', 'Ilse Varga', ['Varga']), speaker('b', 'Piet Daalmann')]
  const kept = keepUnchanged(before, again)
  expect(kept).not.toBe(before)
  expect(kept[0]).toBe(again[0])
  expect(kept[0].aliases).toEqual(['Varga'])
  expect(kept[1]).toBe(before[1])
})

test('a speaker added, removed or moved in the order makes a new list of the kept speakers', () => {
  const [varga, daalmann] = [speaker('a', 'Ilse Varga'), speaker('b', 'Piet Daalmann')]
  const added = keepUnchanged([varga], [speaker('a', 'Ilse Varga'), speaker('b', 'Piet Daalmann')])
  expect(added[0]).toBe(varga)
  expect(added.map((s) => s.name)).toEqual(['Ilse Varga', 'Piet Daalmann'])
  expect(keepUnchanged([varga, daalmann], [speaker('b', 'Piet Daalmann')])).toEqual([daalmann])
  const moved = keepUnchanged(
    [varga, daalmann],
    [speaker('b', 'Piet Daalmann'), speaker('a', 'Ilse Varga')],
  )
  expect(moved).toEqual([daalmann, varga])
  expect(moved[0]).toBe(daalmann)
  // A field only one of them has (an affiliation set) is a change.
  const affiliated = { ...speaker('a', 'Ilse Varga'), affiliationId: 'gov' }
  expect(keepUnchanged([varga], [affiliated])[0]).toBe(affiliated)
})

test('facets that say the same are the facets as before', () => {
  const before = { sources: ['Example Wire'], tags: [] as string[] }
  expect(unlessSame(before, { sources: ['Example Wire'], tags: [] })).toBe(before)
  const next = { sources: ['Example Wire', 'Harbour Post'], tags: [] }
  expect(unlessSame(before, next)).toBe(next)
})
