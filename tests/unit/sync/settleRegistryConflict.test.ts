import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import {
  registryConflictRows,
  settleRegistryConflict,
} from '../../../src-main/notebook/sync/settleRegistryConflict'
import type { Registry } from '../../../src-main/notebook/storage/registryFile'
import { open } from '../../support/tempArchive'

/** A registry a sync left with a speaker renamed on both machines and a coder's colour too. */
function conflicted(): Registry {
  return {
    speakers: {
      velin: { id: 'velin', name: 'Mara Velin', aliases: ['M. Velin'], kind: 'person', notes: '' },
    },
    positions: {
      treaty: { id: 'treaty', label: 'Treaty', description: '', color: '#6b7280' },
    },
    coders: [{ id: 'ana', name: 'Ana', color: '#2f5bd3' }],
    conflicts: [
      { kind: 'speaker', id: 'velin', field: 'name', other: 'Mara Velin-Kest' },
      { kind: 'coder', id: 'ana', field: 'color', other: '#b42323' },
    ],
  }
}

describe('settling the registry’s conflicts', () => {
  test('the list names each entry as it is now, with both values', () => {
    expect(registryConflictRows(conflicted())).toEqual([
      {
        kind: 'speaker',
        id: 'velin',
        name: 'Mara Velin',
        field: 'name',
        kept: 'Mara Velin',
        other: 'Mara Velin-Kest',
      },
      { kind: 'coder', id: 'ana', name: 'Ana', field: 'color', kept: '#2f5bd3', other: '#b42323' },
    ])
  })

  test('a conflict of an entry removed since is listed, to be dismissed', () => {
    const registry = conflicted()
    delete registry.speakers.velin
    expect(registryConflictRows(registry)[0]).toEqual({
      kind: 'speaker',
      id: 'velin',
      name: 'no longer in the registry',
      field: 'name',
      kept: undefined,
      other: 'Mara Velin-Kest',
    })
    settleRegistryConflict(registry, { kind: 'speaker', id: 'velin', field: 'name', take: 'kept' })
    expect(registry.conflicts).toHaveLength(1)
  })

  test('taking the other name renames the speaker, aliases kept, and the conflict goes', () => {
    const registry = conflicted()
    settleRegistryConflict(registry, { kind: 'speaker', id: 'velin', field: 'name', take: 'other' })
    expect(registry.speakers.velin).toEqual({
      id: 'velin',
      name: 'Mara Velin-Kest',
      aliases: ['M. Velin'],
      kind: 'person',
      notes: '',
    })
    expect(registry.conflicts).toEqual([conflicted().conflicts![1]])
  })

  test('keeping a value dismisses the conflict; the last one settled leaves no list', () => {
    const registry = conflicted()
    settleRegistryConflict(registry, { kind: 'speaker', id: 'velin', field: 'name', take: 'kept' })
    settleRegistryConflict(registry, { kind: 'coder', id: 'ana', field: 'color', take: 'other' })
    expect(registry).toEqual({
      ...conflicted(),
      coders: [{ id: 'ana', name: 'Ana', color: '#b42323' }],
      conflicts: undefined,
    })
    expect('conflicts' in registry).toBe(false)
  })

  test('a choice naming no conflict, or another value the field cannot hold, is refused', () => {
    const registry = conflicted()
    expect(() =>
      settleRegistryConflict(registry, {
        kind: 'position',
        id: 'treaty',
        field: 'label',
        take: 'kept',
      }),
    ).toThrow('This conflict is no longer in the registry')
    registry.conflicts!.push({ kind: 'position', id: 'treaty', field: 'color', other: 'red' })
    expect(() =>
      settleRegistryConflict(registry, {
        kind: 'position',
        id: 'treaty',
        field: 'color',
        take: 'other',
      }),
    ).toThrow('The other value cannot be used for this field; keep this version instead.')
    expect(registry.positions.treaty.color).toBe('#6b7280')
  })
})

describe('the registry’s conflicts in an archive', () => {
  test('registry.json’s conflicts are listed and settled, the file keeping what was chosen', async () => {
    const first = await open()
    const speaker = await first.notebook.saveSpeaker({ name: 'Mara Velin', aliases: [], notes: '' })
    await first.notebook.close()
    const file = join(first.dir, 'registry.json')
    const registry = JSON.parse(await readFile(file, 'utf8'))
    registry.conflicts = [{ kind: 'speaker', id: speaker.id, field: 'name', other: 'Mara Kest' }]
    await writeFile(file, JSON.stringify(registry, null, 2))
    const { notebook } = await open(first.dir)

    expect((await notebook.listConflicts()).registry).toEqual([
      {
        kind: 'speaker',
        id: speaker.id,
        name: 'Mara Velin',
        field: 'name',
        kept: 'Mara Velin',
        other: 'Mara Kest',
      },
    ])
    const left = await notebook.settleRegistryConflict({
      kind: 'speaker',
      id: speaker.id,
      field: 'name',
      take: 'other',
    })
    expect(left).toEqual({ articles: [], registry: [] })
    const written = JSON.parse(await readFile(file, 'utf8'))
    expect(written.speakers[speaker.id].name).toBe('Mara Kest')
    expect('conflicts' in written).toBe(false)
    expect((await notebook.listSpeakers()).map((s) => s.name)).toContain('Mara Kest')
    await expect(
      notebook.settleRegistryConflict({
        kind: 'speaker',
        id: speaker.id,
        field: 'name',
        take: 'kept',
      }),
    ).rejects.toMatchObject({ code: 'not-found' })
  })
})
