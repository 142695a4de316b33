import { describe, expect, test } from 'vitest'
import { codedArchive, positionById, speakerById } from '../../support/codedArchive'

const all = { limit: 1000 }

describe('the speaker registry', () => {
  test('a renamed speaker is renamed on every statement', async () => {
    const { notebook, speakers } = await codedArchive()
    const velin = await speakerById(notebook, speakers['Mara Velin'])
    await notebook.saveSpeaker({ ...velin, name: 'Mara Velin-Ost', aliases: ['Velin'] })
    const rows = await notebook.queryStatements({ ...all, speakerId: velin.id })
    expect(rows.map((r) => r.speaker?.name)).toEqual(Array(4).fill('Mara Velin-Ost'))
    const { statement } = await notebook.addStatement(
      (await notebook.listArticles({ offset: 0, limit: 1, hasStatements: false })).items[0].id,
      { anchor: { exact: 'Nothing was said' }, speaker: { name: 'velin' }, tags: [], note: '' },
    )
    expect(statement.speakerId).toBe(velin.id)
  })

  test('merging keeps every statement, the loser’s names as aliases and its members', async () => {
    const { notebook, speakers } = await codedArchive()
    const ministry = speakers['Water Ministry']
    const observers = await speakerById(notebook, speakers.Observers)
    await notebook.saveSpeaker({ ...observers, aliases: ['Monitors'], affiliationId: ministry })
    const kept = await notebook.mergeSpeakers(speakers['Fishing crews'], observers.id)
    expect(kept.aliases).toEqual(['Observers', 'Monitors'])
    const rows = await notebook.queryStatements({ ...all, speakerId: kept.id })
    expect(rows.map((r) => r.quote)).toEqual([
      'demanded their release',
      'remained neutral on the treaty',
    ])
    expect((await notebook.listSpeakers()).map((s) => s.id)).not.toContain(observers.id)
    const velin = await speakerById(notebook, speakers['Mara Velin'])
    await notebook.saveSpeaker({ ...velin, affiliationId: ministry })
    const merged = await notebook.mergeSpeakers(velin.id, ministry)
    expect(await notebook.queryStatements({ ...all, speakerId: velin.id })).toHaveLength(5)
    expect(merged.affiliationId).toBeUndefined()
    expect(
      (await notebook.listSpeakers()).find((s) => s.id === kept.id)?.affiliationId,
    ).toBeUndefined()
  })

  test('a speaker with statements is deleted only when told what to do with them', async () => {
    const { notebook, speakers } = await codedArchive()
    const velin = speakers['Mara Velin']
    await expect(notebook.deleteSpeaker(velin)).rejects.toThrow(
      '“Mara Velin” still has statements: choose whether to reassign them',
    )
    await expect(
      notebook.deleteSpeaker(velin, { statements: { reassignTo: velin } }),
    ).rejects.toThrow('Choose another speaker')
    expect(
      await notebook.deleteSpeaker(velin, { statements: { reassignTo: speakers.Observers } }),
    ).toEqual({
      id: velin,
      statements: 4,
    })
    expect(await notebook.queryStatements({ ...all, speakerId: speakers.Observers })).toHaveLength(
      5,
    )
    expect(await notebook.deleteSpeaker(speakers.Observers, { statements: 'clear' })).toMatchObject(
      {
        statements: 5,
      },
    )
    const { counts, total } = await notebook.exploreStatements(all)
    expect(total - Object.values(counts.bySpeaker).reduce((a, b) => a + b, 0)).toBe(5)
  })

  test('deleting an organisation leaves its members without an affiliation', async () => {
    const { notebook, speakers } = await codedArchive()
    const velin = await speakerById(notebook, speakers['Mara Velin'])
    await notebook.saveSpeaker({ ...velin, affiliationId: speakers['Water Ministry'] })
    await notebook.deleteSpeaker(speakers['Water Ministry'], { statements: 'clear' })
    expect(
      (await notebook.listSpeakers()).find((s) => s.id === velin.id)?.affiliationId,
    ).toBeUndefined()
  })
})

describe('the position codebook', () => {
  test('a parent that would make a position its own ancestor is refused', async () => {
    const { notebook, positions } = await codedArchive()
    const treaty = await positionById(notebook, positions.Treaty)
    await expect(
      notebook.savePosition({ ...treaty, parentId: positions['Border crossing'] }),
    ).rejects.toThrow('“Border crossing” is one of its sub-positions, so it cannot be its parent.')
    await expect(notebook.savePosition({ ...treaty, parentId: treaty.id })).rejects.toThrow(
      'is the position itself',
    )
    await expect(notebook.movePosition(treaty.id, positions['Border crossing'], 0)).rejects.toThrow(
      'cannot be its parent',
    )
  })

  test('positions move under another parent and into an order among their siblings', async () => {
    const { notebook, positions } = await codedArchive()
    const labels = async () => (await notebook.listPositions()).map((p) => p.label)
    const before = await labels()
    expect(before.indexOf('Border crossing')).toBe(before.indexOf('Treaty') + 1)
    const outline = await notebook.movePosition(positions['Release of crews'], positions.Treaty, 0)
    const treatyAt = outline.findIndex((p) => p.label === 'Treaty')
    expect(outline.slice(treatyAt + 1, treatyAt + 3).map((p) => [p.label, p.order])).toEqual([
      ['Release of crews', 0],
      ['Border crossing', 1],
    ])
    await notebook.movePosition(positions['Release of crews'], null, 0)
    expect((await notebook.listPositions())[0]).toMatchObject({
      label: 'Release of crews',
      order: 0,
    })
    const renamed = await positionById(notebook, positions['Release of crews'])
    await notebook.savePosition({ ...renamed, label: 'Release of the crews', order: undefined })
    expect((await notebook.listPositions())[0]).toMatchObject({
      label: 'Release of the crews',
      order: 0,
    })
  })

  test('deleting a position reassigns or clears its statements and lifts its sub-positions', async () => {
    const { notebook, positions } = await codedArchive()
    await expect(notebook.deletePosition(positions.Treaty)).rejects.toThrow('is used by statements')
    expect(
      await notebook.deletePosition(positions.Treaty, {
        statements: { reassignTo: positions['Release of crews'] },
      }),
    ).toEqual({ id: positions.Treaty, statements: 4 })
    expect(
      (await notebook.listPositions()).find((p) => p.label === 'Border crossing')?.parentId,
    ).toBeUndefined()
    expect(
      await notebook.queryStatements({ ...all, positionId: positions['Release of crews'] }),
    ).toHaveLength(6)
    await notebook.deletePosition(positions['Border crossing'], { statements: 'clear' })
    const { total, counts } = await notebook.exploreStatements(all)
    expect(total - Object.values(counts.byPosition).reduce((a, b) => a + b, 0)).toBe(1)
  })

  test('merging a position into its own sub-position puts the sub-position in its place', async () => {
    const { notebook, positions } = await codedArchive()
    const kept = await notebook.mergePositions(positions['Border crossing'], positions.Treaty)
    expect(kept.parentId).toBeUndefined()
    expect(await notebook.queryStatements({ ...all, positionId: kept.id })).toHaveLength(5)
  })
})
