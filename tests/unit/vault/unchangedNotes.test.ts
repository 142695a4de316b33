import { cp, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { ArticleFiles } from '../../../src-main/notebook/storage/articleFiles'
import { TAIL_MARKER } from '../../../src-main/notebook/vault/keepTail'
import { exportVault } from '../../../src-main/notebook/vault/vault'
import { MANIFEST_FILE } from '../../../src-main/notebook/vault/vaultManifest'
import { codedArchive, speakerById } from '../../support/codedArchive'
import { changedBetween, fileStamps } from '../../support/fileStamps'
import { tempDir } from '../../support/tempArchive'

async function exported() {
  const coded = await codedArchive()
  const folder = join(await tempDir(), 'Vault')
  const first = await coded.notebook.exportVaultToFolder(folder)
  return { ...coded, folder, first }
}

describe('notes made from the same inputs are not made again', () => {
  test('a second export into an unchanged vault makes no note and writes no file', async () => {
    const { notebook, folder, first } = await exported()
    expect(first.made).toBe(first.notes)
    const before = await fileStamps(folder)
    const again = await notebook.exportVaultToFolder(folder)
    expect(again).toEqual({ ...first, written: 0, made: 0 })
    expect(changedBetween(before, await fileStamps(folder))).toEqual([])
  })

  test('a second export into an unchanged vault reads no article', async () => {
    const { dir, notebook } = await codedArchive()
    await notebook.close()
    // The catalog as the archive holds it: the registry (registry.json) and the summaries.
    const catalog = {
      ...JSON.parse(await readFile(join(dir, 'stancemark.json'), 'utf8')),
      ...JSON.parse(await readFile(join(dir, 'registry.json'), 'utf8')),
    }
    const files = new ArticleFiles(dir)
    const read: string[] = []
    const readArticle = async (id: string) => {
      read.push(id)
      return (await files.read(id))!
    }
    const folder = join(await tempDir(), 'Vault')
    await exportVault({ ...catalog, reader: '' }, readArticle, folder)
    expect(read).toHaveLength(4)
    read.length = 0
    const again = await exportVault({ ...catalog, reader: '' }, readArticle, folder)
    expect(read).toEqual([])
    expect(again).toMatchObject({ written: 0, made: 0 })
  })

  test('a renamed speaker makes again only the notes that show it; the others are not touched', async () => {
    const { notebook, folder, speakers } = await exported()
    const before = await fileStamps(folder)
    const observers = await speakerById(notebook, speakers.Observers)
    await notebook.saveSpeaker({ ...observers, name: 'Foreign observers' })
    const report = await notebook.exportVaultToFolder(folder)
    // Its note under the new name, the one article it speaks in, the index listing it, and the
    // notes of that article's two positions (Treaty lists its statement; Release of crews is
    // made again as it is about the same article, and is the same bytes).
    expect(report).toMatchObject({ made: 5, written: 4, removed: 1 })
    expect(changedBetween(before, await fileStamps(folder))).toEqual([
      MANIFEST_FILE,
      'Articles/Velin changes course.md',
      'Positions/Treaty.md',
      'Speakers/Foreign observers.md',
      'Speakers/Observers.md',
      'Stancemark.md',
    ])
    expect(await readFile(join(folder, 'Positions', 'Treaty.md'), 'utf8')).toContain(
      '[[Speakers/Foreign observers|Foreign observers]]',
    )
  })

  test('an article retitled makes again its note under the new name, the notes listing it and the index', async () => {
    const { notebook, folder, ids } = await exported()
    const before = await fileStamps(folder)
    const article = await notebook.getArticle(ids[3])
    await notebook.updateArticle(ids[3], {
      baseRevision: article.revision,
      meta: { ...article.meta, title: 'A wire without a date' },
    })
    const report = await notebook.exportVaultToFolder(folder)
    // Mara Velin speaks in it about Border crossing: their notes link to its blocks.
    expect(report).toMatchObject({ made: 4, written: 4, removed: 1 })
    expect(changedBetween(before, await fileStamps(folder))).toEqual([
      MANIFEST_FILE,
      'Articles/A wire without a date.md',
      'Articles/An undated wire.md',
      'Positions/Border crossing.md',
      'Speakers/Mara Velin.md',
      'Stancemark.md',
    ])
  })

  test('the analyst’s lines below the marker survive when a note found unchanged is made again', async () => {
    const { notebook, folder, speakers } = await exported()
    const article = join(folder, 'Articles', 'Velin changes course.md')
    const speaker = join(folder, 'Speakers', 'Observers.md')
    for (const path of [article, speaker])
      await writeFile(path, `${await readFile(path, 'utf8')}Ask them about the dam.\n`)
    // Read, found ours with the analyst's lines, and listed as it now is: not written.
    expect(await notebook.exportVaultToFolder(folder)).toMatchObject({ written: 0 })
    const observers = await speakerById(notebook, speakers.Observers)
    await notebook.saveSpeaker({ ...observers, name: 'Foreign observers' })
    await notebook.exportVaultToFolder(folder)
    const renamed = join(folder, 'Speakers', 'Foreign observers.md')
    for (const path of [article, renamed]) {
      const note = await readFile(path, 'utf8')
      expect(note).toContain('Foreign observers')
      expect(note.endsWith(`${TAIL_MARKER}\nAsk them about the dam.\n`)).toBe(true)
    }
  })

  test('a note edited above the marker is made again: ours restored, the analyst’s lines kept', async () => {
    const { notebook, folder } = await exported()
    const path = join(folder, 'Articles', 'River talks resume.md')
    const ours = await readFile(path, 'utf8')
    await writeFile(
      path,
      `${ours.replace('# River talks resume', '# River talks resumed?')}My own line.\n`,
    )
    const report = await notebook.exportVaultToFolder(folder)
    expect(report).toMatchObject({ made: 1, written: 1 })
    expect(await readFile(path, 'utf8')).toBe(`${ours}My own line.\n`)
  })

  test('a vault copied to another folder is read there, found unchanged, and only its manifest written', async () => {
    const { notebook, folder } = await exported()
    const copy = join(await tempDir(), 'Copied vault')
    await cp(folder, copy, { recursive: true })
    const before = await fileStamps(copy)
    const report = await notebook.exportVaultToFolder(copy)
    expect(report).toMatchObject({ made: 0, written: 0, removed: 0 })
    expect(changedBetween(before, await fileStamps(copy))).toEqual([MANIFEST_FILE])
  })
})
