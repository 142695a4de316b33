import { describe, expect, test } from 'vitest'
import type { Notebook } from '../../../src-main/notebook/notebook'
import { codedArchive, positionById } from '../../support/codedArchive'
import { open } from '../../support/tempArchive'

/** The codebook as an outline a person compares: label, parent's label, description, colour. */
async function outline(notebook: Notebook) {
  const positions = await notebook.listPositions()
  const label = (id?: string) => positions.find((p) => p.id === id)?.label ?? ''
  return positions.map((p) => [p.label, label(p.parentId), p.description, p.color])
}

describe('the codebook as CSV', () => {
  test('exports as RFC 4180 CSV with a header, parents before children', async () => {
    const { notebook, positions } = await codedArchive()
    const treaty = await positionById(notebook, positions.Treaty)
    await notebook.savePosition({
      ...treaty,
      description: 'Signing the river treaty, "as drafted",\nor not.',
    })
    const file = await notebook.exportCodebook()
    expect(file).toMatchObject({ filename: 'codebook.csv', mediaType: 'text/csv' })
    const lines = file.content.split('\r\n')
    expect(lines[0]).toBe('id,label,parent_label,description,color')
    expect(file.content).toContain(
      `${positions.Treaty},Treaty,,"Signing the river treaty, ""as drafted"",\nor not.",#2f6fde\r\n${positions['Border crossing']},Border crossing,Treaty,,#6b7280\r\n`,
    )
  })

  test('imported into a new archive, gives the same codebook, ids included', async () => {
    const { notebook, positions } = await codedArchive()
    await notebook.movePosition(positions['Release of crews'], positions.Treaty, 0)
    await notebook.savePosition({ label: 'Zürich talks', description: 'Ünïcode', color: '#aa00bb' })
    const file = await notebook.exportCodebook()
    const fresh = (await open()).notebook
    for (const p of await fresh.listPositions())
      await fresh.deletePosition(p.id, { statements: 'clear' })
    const count = (await notebook.listPositions()).length
    const report = await fresh.importCodebook({ csv: file.content })
    expect(report).toEqual({ added: count, updated: 0, skipped: 0, errors: [] })
    expect(await outline(fresh)).toEqual(await outline(notebook))
    expect((await fresh.listPositions()).map((p) => p.id)).toEqual(
      (await notebook.listPositions()).map((p) => p.id),
    )
    expect(await fresh.importCodebook({ csv: file.content })).toEqual({
      added: 0,
      updated: 0,
      skipped: count,
      errors: [],
    })
  })

  test('matches labels ignoring case and accents, updates what differs, creates parents first', async () => {
    const { notebook } = await codedArchive()
    const csv = [
      'label,parent_label,color,description',
      'Harbour access,Maritime issues,#123456,',
      'TREATY,,#000000,Now with a description',
      'Maritime issues,,,The sea',
      'Zurich Talks,Treaty,,',
    ].join('\n')
    await notebook.savePosition({ label: 'Zürich talks', description: '', color: '#6b7280' })
    expect(await notebook.importCodebook({ csv })).toEqual({
      added: 2,
      updated: 2,
      skipped: 0,
      errors: [],
    })
    const rows = await outline(notebook)
    expect(rows).toContainEqual(['Treaty', '', 'Now with a description', '#000000'])
    expect(rows).toContainEqual(['Harbour access', 'Maritime issues', '', '#123456'])
    expect(rows).toContainEqual(['Zürich talks', 'Treaty', '', '#6b7280'])
  })

  test('bad rows are reported by line with what is wrong, the others imported', async () => {
    const { notebook } = await codedArchive()
    const csv = [
      'id,label,parent_label,description,color',
      ',,,,',
      ',Blue things,,,blue',
      ',Orphan,Nowhere,,',
      ',Loop A,Loop B,,',
      ',Loop B,Loop A,,',
      ',Fine one,,,',
      ',fine ONE,,,',
      ',Treaty,Border crossing,,',
    ].join('\r\n')
    const report = await notebook.importCodebook({ csv })
    expect(report.added).toBe(1)
    expect(report.errors).toEqual([
      'Line 2: the label is empty.',
      'Line 3: the colour “blue” of “Blue things” is not written as #rrggbb (e.g. #2f6fde).',
      'Line 8: “fine ONE” appears twice in the file (first on line 7).',
      'Line 4: its parent “Nowhere” is neither in the file nor in the codebook.',
      'Line 5: the parents of “Loop A” go round in a circle.',
      'Line 6: its parent “Loop A” was not imported.',
      'Line 9: “Border crossing” is one of its sub-positions, so it cannot be its parent.',
    ])
  })

  test('a file that is not a codebook CSV is refused with a reason', async () => {
    const { notebook } = await codedArchive()
    await expect(notebook.importCodebook({ csv: 'name,colour\nTreaty,#fff' })).rejects.toThrow(
      'This file has no “label” column',
    )
    await expect(notebook.importCodebook({ csv: 'label\n"Treaty' })).rejects.toThrow(
      'This file is not a CSV Stancemark can read',
    )
  })
})

describe('the codebook as CSV a spreadsheet opens safely', () => {
  test('labels and descriptions that look like formulas start with an apostrophe, and import back as they were', async () => {
    const { notebook } = await open()
    await notebook.savePosition({ label: '=HYPERLINK("x")', description: '@cmd', color: '#aa00bb' })
    await notebook.savePosition({ label: "'+already", description: '-0.5', color: '#aa00bb' })
    const file = await notebook.exportCodebook()
    expect(file.content).toContain(`,"'=HYPERLINK(""x"")",,'@cmd,#aa00bb\r\n`)
    expect(file.content).toContain(`,''+already,,-0.5,#aa00bb\r\n`)
    const fresh = (await open()).notebook
    await fresh.importCodebook({ csv: file.content })
    const labels = (await fresh.listPositions()).map((p) => [p.label, p.description])
    expect(labels).toContainEqual(['=HYPERLINK("x")', '@cmd'])
    expect(labels).toContainEqual(["'+already", '-0.5'])
  })
})
