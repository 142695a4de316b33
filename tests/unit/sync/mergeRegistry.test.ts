import { expect, test } from 'vitest'
import { mergeRegistry, type SyncedRegistry } from '../../../src-main/notebook/sync/mergeRegistry'
import type { Speaker } from '../../../src-main/shared/model'

const zelensky: Speaker = {
  id: 'zel',
  name: 'Volodymyr Zelensky',
  aliases: ['Zelensky'],
  kind: 'person',
  notes: '',
}
const base: SyncedRegistry = {
  speakers: { zel: zelensky },
  positions: { peace: { id: 'peace', label: 'Peace talks', description: '', color: '#6b7280' } },
  coders: [],
}
const withSpeaker = (registry: SyncedRegistry, speaker: Speaker): SyncedRegistry => ({
  ...registry,
  speakers: { ...registry.speakers, [speaker.id]: speaker },
})
const at = { ours: '2024-01-02T00:00:00Z', theirs: '2024-01-01T00:00:00Z' }

test('a rename on one side and a new alias on the other both survive', () => {
  const renamed = withSpeaker(base, { ...zelensky, name: 'Volodymyr Zelenskyy' })
  const aliased = withSpeaker(base, { ...zelensky, aliases: ['Zelensky', 'Зеленський'] })
  for (const [ours, theirs] of [
    [renamed, aliased],
    [aliased, renamed],
  ]) {
    const merged = mergeRegistry(base, ours, theirs, at)
    expect(merged.speakers.zel.name).toBe('Volodymyr Zelenskyy')
    expect(merged.speakers.zel.aliases).toEqual(['Zelensky', 'Зеленський'])
    expect(merged.conflicts).toBeUndefined()
  }
})

test('the same field changed on both sides takes the later change and records the other', () => {
  const ours = withSpeaker(base, { ...zelensky, role: 'President of Ukraine' })
  const theirs = withSpeaker(base, { ...zelensky, role: 'President' })
  const merged = mergeRegistry(base, ours, theirs, at)
  expect(merged.speakers.zel.role).toBe('President of Ukraine')
  expect(merged.conflicts).toEqual([
    { kind: 'speaker', id: 'zel', field: 'role', other: 'President' },
  ])
  const swapped = mergeRegistry(base, theirs, ours, { ours: at.theirs, theirs: at.ours })
  expect(swapped.speakers.zel.role).toBe('President of Ukraine')
  expect(swapped.conflicts).toEqual(merged.conflicts)
})

test('a speaker deleted on one side and changed on the other is kept; untouched, it goes', () => {
  const deleted: SyncedRegistry = { ...base, speakers: {} }
  const changed = withSpeaker(base, { ...zelensky, notes: 'Check the spelling' })
  expect(mergeRegistry(base, deleted, changed, at).speakers.zel.notes).toBe('Check the spelling')
  expect(mergeRegistry(base, changed, deleted, at).speakers.zel.notes).toBe('Check the spelling')
  expect(mergeRegistry(base, deleted, base, at).speakers).toEqual({})
  expect(mergeRegistry(base, base, deleted, at).speakers).toEqual({})
})

test('speakers, positions and coders added on both sides are all kept', () => {
  const ours: SyncedRegistry = {
    ...withSpeaker(base, {
      id: 'nato',
      name: 'NATO',
      aliases: [],
      kind: 'organisation',
      notes: '',
    }),
    coders: [{ id: 'ana', name: 'Ana', color: '#ff0000' }],
  }
  const theirs: SyncedRegistry = {
    ...base,
    positions: {
      ...base.positions,
      aid: {
        id: 'aid',
        label: 'Military aid',
        parentId: 'peace',
        description: '',
        color: '#00ff00',
      },
    },
    coders: [{ id: 'ben', name: 'Ben', color: '#0000ff' }],
  }
  const merged = mergeRegistry(base, ours, theirs, at)
  expect(Object.keys(merged.speakers).sort()).toEqual(['nato', 'zel'])
  expect(Object.keys(merged.positions).sort()).toEqual(['aid', 'peace'])
  expect(merged.coders.map((coder) => coder.id)).toEqual(['ana', 'ben'])
})

const ana = { id: 'ana', name: 'Ana', color: '#ff0000' }
const ben = { id: 'ben', name: 'Ben', color: '#0000ff' }
const cleo = { id: 'cleo', name: 'Cleo', color: '#00ff00' }

test('coders keep our order, the first coder stays first, and theirs new follow', () => {
  const shared: SyncedRegistry = { ...base, coders: [ana, ben] }
  const ours: SyncedRegistry = { ...shared, coders: [ana, ben, { ...cleo, id: 'dan' }] }
  const theirs: SyncedRegistry = { ...shared, coders: [ana, cleo, { ...ben, name: 'Benedikt' }] }
  const merged = mergeRegistry(shared, ours, theirs, at)
  expect(merged.coders).toEqual([ana, { ...ben, name: 'Benedikt' }, { ...cleo, id: 'dan' }, cleo])
})

test('a coder renamed on both sides keeps the later name and records the other', () => {
  const shared: SyncedRegistry = { ...base, coders: [ana] }
  const ours: SyncedRegistry = { ...base, coders: [{ ...ana, name: 'Ana M.' }] }
  const theirs: SyncedRegistry = { ...base, coders: [{ ...ana, name: 'Ana Moreno' }] }
  const merged = mergeRegistry(shared, ours, theirs, at)
  expect(merged.coders).toEqual([{ ...ana, name: 'Ana M.' }])
  expect(merged.conflicts).toEqual([
    { kind: 'coder', id: 'ana', field: 'name', other: 'Ana Moreno' },
  ])
})

test('a position moved on one side and relabelled on the other keeps both', () => {
  const moved = { ...base, positions: { peace: { ...base.positions.peace, parentId: 'war' } } }
  const relabelled = {
    ...base,
    positions: { peace: { ...base.positions.peace, label: 'Ceasefire' } },
  }
  const merged = mergeRegistry(base, moved, relabelled, at)
  expect(merged.positions.peace).toMatchObject({ parentId: 'war', label: 'Ceasefire' })
})
