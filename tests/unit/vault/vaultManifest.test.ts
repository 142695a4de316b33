import { createHash } from 'node:crypto'
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { MANIFEST_FILE } from '../../../src-main/notebook/vault/vaultManifest'
import { codedArchive, speakerById } from '../../support/codedArchive'
import { changedBetween, fileStamps } from '../../support/fileStamps'
import { tempDir } from '../../support/tempArchive'

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

async function exported() {
  const coded = await codedArchive()
  const folder = join(await tempDir(), 'Vault')
  const report = await coded.notebook.exportVaultToFolder(folder)
  return { ...coded, folder, report }
}

describe('the vault’s manifest', () => {
  test('lists every note Stancemark wrote, each with the sha256 of its bytes', async () => {
    const { folder, report } = await exported()
    const { notes } = JSON.parse(await readFile(join(folder, MANIFEST_FILE), 'utf8')) as {
      notes: Record<string, string>
    }
    expect(Object.keys(notes)).toHaveLength(report.notes)
    expect(notes).toHaveProperty(['Articles/River talks resume.md'])
    expect(notes).toHaveProperty(['Stancemark.md'])
    for (const [place, digest] of Object.entries(notes))
      expect(sha256(await readFile(join(folder, place)))).toBe(digest)
  })

  test('is JSON laid out one space a level with its notes in order, also after a live update', async () => {
    const { notebook, folder, ids, speakers } = await exported()
    const laidOut = async () => {
      const raw = await readFile(join(folder, MANIFEST_FILE), 'utf8')
      const parsed = JSON.parse(raw) as { notes: Record<string, string> }
      expect(raw).toBe(`${JSON.stringify(parsed, null, 1)}\n`)
      const places = Object.keys(parsed.notes)
      expect(places).toEqual([...places].sort((a, b) => a.localeCompare(b)))
      return parsed
    }
    const before = await laidOut()
    const status = await notebook.setLiveVault({ folder })
    const article = await notebook.getArticle(ids[0])
    const statement = Object.values(article.statements).find(
      (s) => s.speakerId === speakers['Mara Velin'],
    )!
    await notebook.updateStatement(ids[0], statement.id, { stance: 'opposes' })
    await expect
      .poll(async () => (await notebook.getLiveVault()).updated?.at !== status.updated?.at, {
        timeout: 20_000,
      })
      .toBe(true)
    const after = await laidOut()
    expect(after.notes['Speakers/Mara Velin.md']).not.toBe(before.notes['Speakers/Mara Velin.md'])
  })

  test('a second export into an unchanged vault writes no file, the manifest neither', async () => {
    const { notebook, folder } = await exported()
    const before = await fileStamps(folder)
    const report = await notebook.exportVaultToFolder(folder)
    expect(report.written).toBe(0)
    expect(changedBetween(before, await fileStamps(folder))).toEqual([])
  })

  test('an export after one change writes only the note that changed, and the manifest', async () => {
    const { notebook, folder, speakers } = await exported()
    const before = await fileStamps(folder)
    const observers = await speakerById(notebook, speakers.Observers)
    await notebook.saveSpeaker({ ...observers, notes: 'Neutral monitors from abroad.' })
    const report = await notebook.exportVaultToFolder(folder)
    expect(report.written).toBe(1)
    expect(changedBetween(before, await fileStamps(folder))).toEqual([
      MANIFEST_FILE,
      'Speakers/Observers.md',
    ])
  })

  test('a note of ours that the manifest does not list is never removed', async () => {
    const { notebook, folder, ids } = await exported()
    await rm(join(folder, MANIFEST_FILE))
    await notebook.deleteArticle(ids[2])
    const report = await notebook.exportVaultToFolder(folder)
    expect(report.removed).toBe(0)
    expect(await readdir(join(folder, 'Articles'))).toContain('Border closure continues.md')
    // Written anew, the manifest lists it no more: it is the analyst's now.
    const { notes } = JSON.parse(await readFile(join(folder, MANIFEST_FILE), 'utf8')) as {
      notes: Record<string, string>
    }
    expect(notes).not.toHaveProperty(['Articles/Border closure continues.md'])
  })

  test('a note the analyst edited above the marker stays when its article is deleted', async () => {
    const { notebook, folder, ids } = await exported()
    const path = join(folder, 'Articles', 'Border closure continues.md')
    const edited = (await readFile(path, 'utf8')).replace('\n---\n', '\n---\nMy reading of it.\n')
    await writeFile(path, edited)
    await notebook.deleteArticle(ids[2])
    const report = await notebook.exportVaultToFolder(folder)
    expect(report.removed).toBe(0)
    expect(await readFile(path, 'utf8')).toBe(edited)
  })

  test('a manifest entry naming ../x or an absolute path is ignored, and nothing outside the vault is removed', async () => {
    const { notebook, folder, ids } = await exported()
    const outside = join(folder, '..', 'Outside.md')
    const elsewhere = join(await tempDir(), 'Elsewhere.md')
    const theirs = join(folder, 'Articles', 'Mine.md')
    const note = await readFile(join(folder, 'Articles', 'Border closure continues.md'), 'utf8')
    // Notes that look like ours, in and out of the vault.
    for (const path of [outside, elsewhere, theirs]) await writeFile(path, note)
    const manifest = JSON.parse(await readFile(join(folder, MANIFEST_FILE), 'utf8')) as {
      notes: Record<string, string>
    }
    const digest = manifest.notes['Articles/Border closure continues.md']
    manifest.notes['../Outside.md'] = digest
    manifest.notes['Articles/../../Outside.md'] = digest
    manifest.notes[elsewhere] = digest
    manifest.notes['Articles/sub/Mine.md'] = digest
    await writeFile(join(folder, MANIFEST_FILE), JSON.stringify(manifest))
    await notebook.deleteArticle(ids[2])
    const report = await notebook.exportVaultToFolder(folder)
    expect(report.removed).toBe(1)
    for (const path of [outside, elsewhere, theirs]) expect(await readFile(path, 'utf8')).toBe(note)
    const written = JSON.parse(await readFile(join(folder, MANIFEST_FILE), 'utf8')) as {
      notes: Record<string, string>
    }
    expect(Object.keys(written.notes).filter((place) => place.includes('..'))).toEqual([])
    expect(written.notes).not.toHaveProperty([elsewhere])
  })
})
