import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { TAIL_MARKER } from '../../../src-main/notebook/vault/keepTail'
import { MANIFEST_FILE } from '../../../src-main/notebook/vault/vaultManifest'
import type { Notebook } from '../../../src-main/notebook/notebook'
import { codedArchive, speakerById } from '../../support/codedArchive'
import { smallDisk } from '../../support/smallDisk'
import { changedBetween, fileStamps } from '../../support/fileStamps'
import { tempDir } from '../../support/tempArchive'

/** Waits for the live vault's next update after `since` (its time stamp), or for it to stop. */
async function nextUpdate(notebook: Notebook, since: string | undefined) {
  await expect
    .poll(
      async () => {
        const live = await notebook.getLiveVault()
        return !live.on || (live.updated?.at ?? '') !== (since ?? '')
      },
      { timeout: 20_000, interval: 50 },
    )
    .toBe(true)
  return notebook.getLiveVault()
}

async function live() {
  const coded = await codedArchive()
  const folder = join(await tempDir(), 'Live vault')
  const status = await coded.notebook.setLiveVault({ folder })
  return { ...coded, folder, status }
}

describe('the live vault', () => {
  test('turned on, it writes the vault at once and says which folder it keeps in sync', async () => {
    const { notebook, folder, status } = await live()
    expect(status).toMatchObject({ folder, on: true, stopped: null })
    expect(status.updated?.written).toBeGreaterThan(4)
    expect(await readdir(join(folder, 'Articles'))).toContain('River talks resume.md')
    expect(await notebook.getLiveVault()).toEqual(status)
  })

  test('after a statement is coded, only the article’s, its speaker’s and position’s notes, the index and the manifest are rewritten', async () => {
    const { notebook, folder, ids, status } = await live()
    const before = await fileStamps(folder)
    // Border closure continues had no statements; Observers and Treaty get one more.
    await notebook.addStatement(ids[2], {
      anchor: { exact: 'Nothing was said today' },
      speaker: { name: 'Observers' },
      position: { label: 'Treaty' },
      stance: 'neutral',
      tags: [],
      note: '',
    })
    const after = await nextUpdate(notebook, status.updated?.at)
    expect(after).toMatchObject({
      on: true,
      stopped: null,
      updated: { made: 4, written: 4, removed: 0 },
    })
    expect(changedBetween(before, await fileStamps(folder))).toEqual([
      MANIFEST_FILE,
      'Articles/Border closure continues.md',
      'Positions/Treaty.md',
      'Speakers/Observers.md',
      'Stancemark.md',
    ])
    expect(await readFile(join(folder, 'Speakers', 'Observers.md'), 'utf8')).toContain(
      '[[Articles/Border closure continues#^',
    )
    expect(await readFile(join(folder, 'Stancemark.md'), 'utf8')).toContain(
      'Senna Courier, 2023-03-20 · 1 statement',
    )
  })

  test('what the analyst wrote below a note’s marker is kept through a live rewrite', async () => {
    const { notebook, folder, ids, speakers, status } = await live()
    const path = join(folder, 'Articles', 'River talks resume.md')
    await writeFile(path, `${await readFile(path, 'utf8')}Compare with the March piece.\n`)
    const article = await notebook.getArticle(ids[0])
    const statement = Object.values(article.statements).find(
      (s) => s.speakerId === speakers['Mara Velin'],
    )!
    await notebook.updateStatement(ids[0], statement.id, { stance: 'neutral' })
    await nextUpdate(notebook, status.updated?.at)
    const note = await readFile(path, 'utf8')
    expect(note.endsWith(`${TAIL_MARKER}\nCompare with the March piece.\n`)).toBe(true)
  })

  test('after live updates, an export into the same vault makes no note again', async () => {
    const { notebook, folder, ids, speakers, status } = await live()
    const article = await notebook.getArticle(ids[0])
    const statement = Object.values(article.statements).find(
      (s) => s.speakerId === speakers['Mara Velin'],
    )!
    await notebook.updateStatement(ids[0], statement.id, { stance: 'neutral' })
    // Her note, Treaty's, the article's and the index (the same bytes: it shows no stances);
    // the article's other speakers and positions show the same lines as before.
    expect(await nextUpdate(notebook, status.updated?.at)).toMatchObject({
      updated: { made: 4, written: 3 },
    })
    const before = await fileStamps(folder)
    expect(await notebook.exportVaultToFolder(folder)).toMatchObject({ made: 0, written: 0 })
    expect(changedBetween(before, await fileStamps(folder))).toEqual([])
  })

  test('a renamed speaker’s note is renamed and the links to it rewritten', async () => {
    const { notebook, folder, speakers, status } = await live()
    const velin = await speakerById(notebook, speakers['Mara Velin'])
    await notebook.saveSpeaker({ ...velin, name: 'Mara Velin-Sora' })
    expect(await nextUpdate(notebook, status.updated?.at)).toMatchObject({ on: true })
    const names = await readdir(join(folder, 'Speakers'))
    expect(names).toContain('Mara Velin-Sora.md')
    expect(names).not.toContain('Mara Velin.md')
    const article = await readFile(join(folder, 'Articles', 'River talks resume.md'), 'utf8')
    expect(article).toContain('[[Speakers/Mara Velin-Sora|Mara Velin-Sora]]')
    expect(article).not.toContain('[[Speakers/Mara Velin|')
  })

  test('a renamed speaker makes again only the notes that show it, not the whole vault', async () => {
    const { notebook, folder, speakers, status } = await live()
    const before = await fileStamps(folder)
    const observers = await speakerById(notebook, speakers.Observers)
    await notebook.saveSpeaker({ ...observers, name: 'Foreign observers' })
    // Its note, the one article it speaks in, the index, and that article's two positions'.
    expect(await nextUpdate(notebook, status.updated?.at)).toMatchObject({
      on: true,
      updated: { made: 5, written: 4, removed: 1 },
    })
    expect(changedBetween(before, await fileStamps(folder))).toEqual([
      MANIFEST_FILE,
      'Articles/Velin changes course.md',
      'Positions/Treaty.md',
      'Speakers/Foreign observers.md',
      'Speakers/Observers.md',
      'Stancemark.md',
    ])
  })

  test('a retitled article makes again its note under the new name, the notes listing it and the index', async () => {
    const { notebook, folder, ids, status } = await live()
    const article = await notebook.getArticle(ids[3])
    await notebook.updateArticle(ids[3], {
      baseRevision: article.revision,
      meta: { ...article.meta, title: 'A wire without a date' },
    })
    expect(await nextUpdate(notebook, status.updated?.at)).toMatchObject({
      on: true,
      updated: { made: 4, written: 4, removed: 1 },
    })
    expect((await readdir(join(folder, 'Articles'))).sort()).toEqual([
      'A wire without a date.md',
      'Border closure continues.md',
      'River talks resume.md',
      'Velin changes course.md',
    ])
    expect(await readFile(join(folder, 'Speakers', 'Mara Velin.md'), 'utf8')).toContain(
      '[[Articles/A wire without a date#^',
    )
  })

  test('a merge of two speakers removes the merged one’s note and links to the one kept', async () => {
    const { notebook, folder, speakers, status } = await live()
    await notebook.mergeSpeakers(speakers['Water Ministry'], speakers['Fishing crews'])
    expect(await nextUpdate(notebook, status.updated?.at)).toMatchObject({ on: true })
    expect(await readdir(join(folder, 'Speakers'))).not.toContain('Fishing crews.md')
    const article = await readFile(join(folder, 'Articles', 'River talks resume.md'), 'utf8')
    expect(article).not.toContain('[[Speakers/Fishing crews|')
    const ministry = await readFile(join(folder, 'Speakers', 'Water Ministry.md'), 'utf8')
    expect(ministry).toContain('demanded their release')
  })

  test('a deleted article’s note goes, the analyst’s own note beside it stays', async () => {
    const { notebook, folder, ids, status } = await live()
    await writeFile(join(folder, 'Articles', 'My reading list.md'), 'Mine.')
    await notebook.deleteArticle(ids[2])
    await nextUpdate(notebook, status.updated?.at)
    expect((await readdir(join(folder, 'Articles'))).sort()).toEqual([
      'An undated wire.md',
      'My reading list.md',
      'River talks resume.md',
      'Velin changes course.md',
    ])
  })

  test('a vault folder that disappears stops the live vault with a message; saves go on', async () => {
    const { notebook, folder, ids, status } = await live()
    await rm(folder, { recursive: true })
    const article = await notebook.getArticle(ids[2])
    await notebook.updateArticle(ids[2], {
      baseRevision: article.revision,
      meta: { ...article.meta, tags: ['border'] },
    })
    const after = await nextUpdate(notebook, status.updated?.at)
    expect(after.on).toBe(false)
    expect(after.stopped).toBe(
      `The vault folder “${folder}” is gone, so the live vault has stopped. Turn it on again once the folder is back.`,
    )
    expect((await notebook.getArticle(ids[2])).meta.tags).toEqual(['border'])
    await expect(stat(folder)).rejects.toMatchObject({ code: 'ENOENT' })
  })

  test('a vault folder on a disk that fills up stops the live vault with a message; saves go on', async (ctx) => {
    const disk = await smallDisk()
    if (typeof disk === 'string') return ctx.skip(disk)
    try {
      const { notebook, ids } = await codedArchive()
      const folder = join(disk.dir, 'Vault')
      const status = await notebook.setLiveVault({ folder })
      expect(status.on).toBe(true)
      await disk.fill()
      await notebook.addStatement(ids[2], {
        anchor: { exact: 'Nothing was said today' },
        speaker: { name: 'Observers' },
        tags: [],
        note: '',
      })
      const after = await nextUpdate(notebook, status.updated?.at)
      expect(after.on).toBe(false)
      expect(after.stopped).toMatch(
        new RegExp(`^The live vault in “${folder}” has stopped: the disk is full\\. `),
      )
      expect(Object.values((await notebook.getArticle(ids[2])).statements)).toHaveLength(1)
    } finally {
      await disk.remove()
    }
  })

  test('a page turns it off and on again for the same folder, and names none itself', async () => {
    const { notebook, folder } = await live()
    expect(await notebook.switchLiveVault({ on: false })).toMatchObject({ folder, on: false })
    const off = await fileStamps(folder)
    const turnedOn = await notebook.switchLiveVault({ on: true })
    expect(turnedOn).toMatchObject({
      folder,
      on: true,
      updated: { made: 0, written: 0, removed: 0 },
    })
    expect(changedBetween(off, await fileStamps(folder))).toEqual([])
  })

  test('cannot be turned on before main names a folder, nor inside the archive', async () => {
    const { notebook, dir } = await codedArchive()
    await expect(notebook.switchLiveVault({ on: true })).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringContaining('No vault folder has been chosen'),
    })
    await expect(notebook.setLiveVault({ folder: join(dir, 'vault') })).rejects.toMatchObject({
      code: 'invalid',
    })
    expect(await notebook.getLiveVault()).toMatchObject({ folder: null, on: false })
  })
})
