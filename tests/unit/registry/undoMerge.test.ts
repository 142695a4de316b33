import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import type { Notebook } from '../../../src-main/notebook/notebook'
import { codedArchive, positionById, speakerById } from '../../support/codedArchive'

/** The files a team shares, as bytes: the registry and every article. */
async function sharedFiles(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {
    'stancemark.json': await readFile(join(dir, 'stancemark.json'), 'utf8'),
  }
  for (const name of await readdir(join(dir, 'articles')))
    files[name] = await readFile(join(dir, 'articles', name), 'utf8')
  return files
}

/** The registry as the archive file holds it, in its order: what a team's git diff would show. */
async function registryFile(dir: string) {
  const catalog = JSON.parse(await readFile(join(dir, 'stancemark.json'), 'utf8'))
  return JSON.stringify({ speakers: catalog.speakers, positions: catalog.positions }, null, 1)
}

/** Every article's statements, by article id: what a merge and its undo may change. */
async function everyStatement(notebook: Notebook, ids: string[]) {
  return Object.fromEntries(
    await Promise.all(ids.map(async (id) => [id, (await notebook.getArticle(id)).statements])),
  )
}

describe('undoing a speaker merge', () => {
  test('puts back the speaker with its id, names and members, and exactly the statements it moved', async () => {
    const { dir, notebook, speakers, ids } = await codedArchive()
    const observers = await speakerById(notebook, speakers.Observers)
    await notebook.saveSpeaker({
      ...observers,
      aliases: ['Monitors'],
      role: 'ceasefire monitors',
      notes: 'Sent by the river commission.',
      affiliationId: speakers['Water Ministry'],
    })
    const crews = await speakerById(notebook, speakers['Fishing crews'])
    await notebook.saveSpeaker({ ...crews, affiliationId: observers.id })
    // Registered after it: the merged speaker comes back in its place among the others.
    await notebook.saveSpeaker({ name: 'Harbour board', aliases: [], kind: 'group', notes: '' })
    const registryBefore = await notebook.listSpeakers()
    const fileBefore = await registryFile(dir)
    const statementsBefore = await everyStatement(notebook, ids)

    const kept = await notebook.mergeSpeakers(crews.id, observers.id)
    expect(kept.aliases).toEqual(['Observers', 'Monitors'])
    expect(kept.affiliationId).toBeUndefined()
    // Coded after the merge: it stays with the speaker it was coded with.
    const later = await notebook.addStatement(ids[2], {
      anchor: { exact: 'Nothing was said' },
      speaker: { id: crews.id },
      tags: [],
      note: '',
    })

    expect(await notebook.undoMergeSpeakers(observers.id)).toEqual({
      speaker: (await notebook.listSpeakers()).find((s) => s.id === observers.id),
      statements: 1,
    })
    expect(await notebook.listSpeakers()).toEqual(registryBefore)
    expect(await registryFile(dir)).toBe(fileBefore)
    const after = await everyStatement(notebook, ids)
    expect(after[ids[2]][later.statement.id].speakerId).toBe(crews.id)
    delete after[ids[2]][later.statement.id]
    expect(after).toEqual(statementsBefore)
  })

  test('is refused with why when a statement it moved was recoded since, and nothing is written', async () => {
    const { dir, notebook, speakers, ids } = await codedArchive()
    await notebook.mergeSpeakers(speakers.Observers, speakers['Mara Velin'])
    const moved = Object.values((await notebook.getArticle(ids[1])).statements).find(
      (s) => s.note === 'A turn since January.',
    )!
    await notebook.updateStatement(ids[1], moved.id, { speakerId: speakers['Water Ministry'] })
    const before = await sharedFiles(dir)
    await expect(notebook.undoMergeSpeakers(speakers['Mara Velin'])).rejects.toThrow(
      'The merge cannot be undone: 1 of the 4 statements it moved has been changed since.',
    )
    expect(await sharedFiles(dir)).toEqual(before)
    await notebook.removeStatement(
      ids[3],
      Object.keys((await notebook.getArticle(ids[3])).statements)[0],
    )
    await expect(notebook.undoMergeSpeakers(speakers['Mara Velin'])).rejects.toThrow(
      '2 of the 4 statements it moved have been changed since.',
    )
  })

  test('is refused when another speaker goes by the merged name since', async () => {
    const { dir, notebook, speakers } = await codedArchive()
    await notebook.mergeSpeakers(speakers['Fishing crews'], speakers.Observers)
    const kept = await speakerById(notebook, speakers['Fishing crews'])
    await notebook.saveSpeaker({ ...kept, aliases: [] })
    await notebook.saveSpeaker({ name: 'Panel', aliases: ['observers'], kind: 'group', notes: '' })
    const before = await sharedFiles(dir)
    await expect(notebook.undoMergeSpeakers(speakers.Observers)).rejects.toThrow(
      'The merge cannot be undone: another speaker, “Panel”, now goes by “Observers”.',
    )
    expect(await sharedFiles(dir)).toEqual(before)
  })

  test('keeps the aliases given to the kept speaker since, and happens only once', async () => {
    const { notebook, speakers } = await codedArchive()
    await notebook.mergeSpeakers(speakers['Fishing crews'], speakers.Observers)
    const kept = await speakerById(notebook, speakers['Fishing crews'])
    await notebook.saveSpeaker({ ...kept, aliases: [...kept.aliases, 'Trawler crews'] })
    await notebook.undoMergeSpeakers(speakers.Observers)
    expect((await speakerById(notebook, kept.id)).aliases).toEqual(['Trawler crews'])
    await expect(notebook.undoMergeSpeakers(speakers.Observers)).rejects.toThrow(
      'There is no merge of that speaker to undo: it was undone already, or made before Stancemark last started.',
    )
  })
})

describe('undoing a position merge', () => {
  test('puts back the position, its sub-positions and exactly the statements it moved', async () => {
    const { dir, notebook, positions, ids } = await codedArchive()
    const codebookBefore = await notebook.listPositions()
    const fileBefore = await registryFile(dir)
    const statementsBefore = await everyStatement(notebook, ids)
    await notebook.mergePositions(positions['Release of crews'], positions.Treaty)
    expect((await positionById(notebook, positions['Border crossing'])).parentId).toBe(
      positions['Release of crews'],
    )

    expect(await notebook.undoMergePositions(positions.Treaty)).toEqual({
      position: codebookBefore.find((p) => p.id === positions.Treaty),
      statements: 4,
    })
    expect(await notebook.listPositions()).toEqual(codebookBefore)
    expect(await registryFile(dir)).toBe(fileBefore)
    expect(await everyStatement(notebook, ids)).toEqual(statementsBefore)
  })

  test('a position merged into its own sub-position goes back above it', async () => {
    const { notebook, positions, ids } = await codedArchive()
    const codebookBefore = await notebook.listPositions()
    const statementsBefore = await everyStatement(notebook, ids)
    await notebook.mergePositions(positions['Border crossing'], positions.Treaty)
    await notebook.undoMergePositions(positions.Treaty)
    expect(await notebook.listPositions()).toEqual(codebookBefore)
    expect(await everyStatement(notebook, ids)).toEqual(statementsBefore)
  })

  test('is refused when the codebook has that label again, and nothing is written', async () => {
    const { dir, notebook, positions } = await codedArchive()
    await notebook.mergePositions(positions['Release of crews'], positions.Treaty)
    await notebook.savePosition({ label: 'treaty', description: '', color: '#000000' })
    const before = await sharedFiles(dir)
    await expect(notebook.undoMergePositions(positions.Treaty)).rejects.toThrow(
      'The merge cannot be undone: the codebook has a position “treaty” again.',
    )
    expect(await sharedFiles(dir)).toEqual(before)
  })
})

describe('undoing a merge after the registry moved on', () => {
  const position = (notebook: Notebook, label: string, parentId?: string) =>
    notebook.savePosition({ label, parentId, description: '', color: '#6b7280' })

  test('a position whose parent was deleted since comes back at the top level', async () => {
    const { notebook } = await codedArchive()
    const parent = await position(notebook, 'Water')
    const merged = await position(notebook, 'Dams', parent.id)
    const keep = await position(notebook, 'Rivers')
    await notebook.mergePositions(keep.id, merged.id)
    await notebook.deletePosition(parent.id, { statements: 'clear' })
    const { position: back } = await notebook.undoMergePositions(merged.id)
    expect(back).toMatchObject({ id: merged.id, label: 'Dams' })
    expect(back.parentId).toBeUndefined()
    expect((await positionById(notebook, merged.id)).parentId).toBeUndefined()
  })

  test('a position whose parent was moved below it since comes back at the top level, not in a loop', async () => {
    const { notebook } = await codedArchive()
    const parent = await position(notebook, 'Water')
    const merged = await position(notebook, 'Dams', parent.id)
    const child = await position(notebook, 'Hydropower', merged.id)
    const keep = await position(notebook, 'Rivers')
    await notebook.mergePositions(keep.id, merged.id)
    // Hydropower is under Rivers now; Water goes under it.
    await notebook.movePosition(parent.id, child.id, 0)
    await notebook.undoMergePositions(merged.id)
    const parents = Object.fromEntries(
      (await notebook.listPositions()).map((p) => [p.label, p.parentId]),
    )
    expect(parents.Dams).toBeUndefined()
    expect(parents.Hydropower).toBe(merged.id)
    expect(parents.Water).toBe(child.id)
  })

  test('a speaker whose organisation was deleted since comes back without it', async () => {
    const { notebook, speakers } = await codedArchive()
    const ministry = speakers['Water Ministry']
    const observers = await speakerById(notebook, speakers.Observers)
    await notebook.saveSpeaker({ ...observers, affiliationId: ministry })
    await notebook.mergeSpeakers(speakers['Fishing crews'], observers.id)
    await notebook.deleteSpeaker(ministry, { statements: 'clear' })
    const { speaker } = await notebook.undoMergeSpeakers(observers.id)
    expect(speaker).toMatchObject({ id: observers.id, name: 'Observers' })
    expect(speaker.affiliationId).toBeUndefined()
    expect((await speakerById(notebook, observers.id)).affiliationId).toBeUndefined()
  })
})
