import { randomBytes } from 'node:crypto'
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, test } from 'vitest'
import { craftedZip, repeated } from '../../support/craftedDocx'
import { codedArchive } from '../../support/codedArchive'
import { folderContents } from '../../support/folderContents'
import { open, tempDir } from '../../support/tempArchive'

/** What a backup must bring back: the registry, the catalog and the article, trash and quarantine files. */
async function archiveFiles(dir: string) {
  const all = await folderContents(dir)
  return Object.fromEntries(
    Object.entries(all).filter(([path]) =>
      /^(registry\.json|stancemark\.json|(articles|trash|quarantine)\/[^.][^/]*)$/.test(path),
    ),
  )
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64')

describe('the whole archive as one .zip', () => {
  test('restores into a new folder with every file as it was, and opens there', async () => {
    const { dir, notebook, ids } = await codedArchive()
    await notebook.deleteArticle(ids[2])
    const file = await notebook.exportArchiveZip()
    expect(file.filename).toMatch(/^stancemark-archive-\d{4}-\d{2}-\d{2}\.zip$/)
    expect(file).toMatchObject({ mediaType: 'application/zip', encoding: 'base64' })

    const into = join(await tempDir(), 'restored')
    const restored = await notebook.restoreArchiveZip({ zip: file.content, folder: into })
    expect(restored).toEqual({ folder: into, articles: 3 })
    expect(await archiveFiles(into)).toEqual(await archiveFiles(dir))

    const { notebook: copy } = await open(into)
    expect((await copy.queryStatements({ limit: 100 })).length).toBe(7)
    expect((await copy.listArticles({ offset: 0, limit: 10 })).total).toBe(3)
    expect((await copy.getArchiveInfo()).notices).toEqual([])
  })

  test('is never restored into or around the open archive, or into a folder with files', async () => {
    const { dir, notebook } = await codedArchive()
    const { content } = await notebook.exportArchiveZip()
    const before = await folderContents(dir)
    for (const folder of [dir, join(dir, 'articles'), join(dir, '..')]) {
      await expect(notebook.restoreArchiveZip({ zip: content, folder })).rejects.toMatchObject({
        code: 'invalid',
        message: expect.stringContaining('never into or around the archive that is open'),
      })
    }
    const busy = await tempDir()
    await writeFile(join(busy, 'notes.txt'), 'mine')
    await expect(notebook.restoreArchiveZip({ zip: content, folder: busy })).rejects.toMatchObject({
      code: 'conflict',
      message: `“${busy}” already holds files. Choose a new or empty folder to restore into.`,
    })
    expect(await readdir(busy)).toEqual(['notes.txt'])
    expect(await folderContents(dir)).toEqual(before)
  })

  test('refuses a file that is not our backup, writing nothing', async () => {
    const { notebook } = await open()
    const parent = await tempDir()
    const into = join(parent, 'restored')
    const cases: [Uint8Array, string][] = [
      [strToU8('not a zip at all'), 'This file is not a .zip file, or it is damaged.'],
      [
        zipSync({ 'stancemark.json': strToU8('{}'), '../evil.sh': strToU8('rm -rf /') }),
        'This is not a Stancemark backup: it holds “../evil.sh”, which a backup never has. Nothing was restored.',
      ],
      [
        zipSync({ 'stancemark.json': strToU8('{}'), 'articles/../../x.json': strToU8('{}') }),
        'This is not a Stancemark backup: it holds “articles/../../x.json”, which a backup never has. Nothing was restored.',
      ],
      [
        zipSync({ 'stancemark.json': strToU8('{}'), '/etc/cron.d/x': strToU8('x') }),
        'This is not a Stancemark backup: it holds “/etc/cron.d/x”, which a backup never has. Nothing was restored.',
      ],
      [
        zipSync({ 'stancemark.json': strToU8('{}'), 'articles\\..\\..\\x.json': strToU8('x') }),
        'This is not a Stancemark backup: it holds “articles\\..\\..\\x.json”, which a backup never has. Nothing was restored.',
      ],
      [
        zipSync({ 'articles/a.json': strToU8('{}') }),
        'This is not a Stancemark backup: it has no registry.json (or stancemark.json).',
      ],
    ]
    for (const [bytes, message] of cases) {
      await expect(
        notebook.restoreArchiveZip({ zip: base64(bytes), folder: into }),
      ).rejects.toMatchObject({ code: 'invalid', message })
    }
    expect(await readdir(parent)).toEqual([])
  })

  test('is saved to a file and restored from it by path, with progress; a cancelled restore leaves nothing', async () => {
    const { dir, notebook } = await codedArchive()
    const parent = await tempDir()
    const zipPath = join(parent, 'backup.zip')
    const read: number[] = []
    const saved = await notebook.saveArchiveZip(zipPath, {
      onProgress: (done, total) => read.push(total - done),
    })
    expect(saved).toEqual({ path: zipPath, bytes: (await readFile(zipPath)).length })
    // The registry, the catalog, four articles and the sample article in the trash, then nothing left.
    expect(read).toEqual([6, 5, 4, 3, 2, 1, 0])
    expect((await readdir(parent)).sort()).toEqual(['backup.zip'])

    const controller = new AbortController()
    const cancelledInto = join(parent, 'cancelled')
    await expect(
      notebook.restoreArchiveZipFile(zipPath, cancelledInto, {
        signal: controller.signal,
        onProgress: (done) => done === 2 && controller.abort(),
      }),
    ).rejects.toMatchObject({ message: 'Cancelled; nothing was written.' })
    expect((await readdir(parent)).sort()).toEqual(['backup.zip'])

    const into = join(parent, 'restored')
    expect(await notebook.restoreArchiveZipFile(zipPath, into)).toEqual({
      folder: into,
      articles: 4,
    })
    expect(await archiveFiles(into)).toEqual(await archiveFiles(dir))
  })

  test('a backup file is never saved inside the archive, and a missing one is named', async () => {
    const { dir, notebook } = await codedArchive()
    await expect(notebook.saveArchiveZip(join(dir, 'backup.zip'))).rejects.toMatchObject({
      code: 'invalid',
      message: 'Save the backup file outside the archive’s own folder.',
    })
    const parent = await tempDir()
    await expect(
      notebook.restoreArchiveZipFile(join(parent, 'nowhere.zip'), join(parent, 'into')),
    ).rejects.toMatchObject({
      code: 'not-found',
      message: 'Stancemark could not read “nowhere.zip”.',
    })
  })

  test('restores into an empty folder the analyst made for it', async () => {
    const { notebook } = await codedArchive()
    const { content } = await notebook.exportArchiveZip()
    const into = join(await tempDir(), 'empty')
    await mkdir(into)
    expect((await notebook.restoreArchiveZip({ zip: content, folder: into })).articles).toBe(4)
  })

  test('a file that unpacks to far more than a backup of its size is refused before anything is written', async () => {
    const { notebook } = await open()
    const bomb = await craftedZip({
      'stancemark.json': ['{}'],
      'articles/a.json': repeated(' ', 1024 ** 3),
    })
    expect(bomb.length).toBeLessThan(2 * 1024 ** 2)
    const parent = await tempDir()
    await expect(
      notebook.restoreArchiveZip({ zip: base64(bomb), folder: join(parent, 'restored') }),
    ).rejects.toMatchObject({
      code: 'too-large',
      message: `This file would unpack to 1,024 MB, far more than a Stancemark backup of its size (${Math.round(bomb.length / 1024).toLocaleString('en')} KB) ever holds. Nothing was restored.`,
    })
    expect(await readdir(parent)).toEqual([])
  }, 60_000)

  test('a file whose entry unpacks to more than it says is refused once it does, and nothing is left', async () => {
    const { notebook } = await open()
    const liar = await craftedZip(
      { 'stancemark.json': ['{}'], 'articles/a.json': repeated(' ', 200 * 1024 ** 2) },
      { 'articles/a.json': 1024 },
    )
    const parent = await tempDir()
    await expect(
      notebook.restoreArchiveZip({ zip: base64(liar), folder: join(parent, 'restored') }),
    ).rejects.toMatchObject({
      code: 'invalid',
      message:
        'This file is damaged: “articles/a.json” unpacks to more than the 1 KB it says it holds. Nothing was restored.',
    })
    expect(await readdir(parent)).toEqual([])
  }, 60_000)

  test('a file holding an entry larger than any Stancemark writes is refused before anything is written', async () => {
    const { notebook } = await open()
    // Bytes that do not pack, so the file is as large as a backup of that much would be.
    const noise = randomBytes(8 * 1024 ** 2)
    const huge = await craftedZip(
      { 'stancemark.json': ['{}'], 'articles/noise.json': [noise], 'articles/a.json': ['{}'] },
      { 'articles/a.json': 600 * 1024 ** 2 },
    )
    const parent = await tempDir()
    await expect(
      notebook.restoreArchiveZip({ zip: base64(huge), folder: join(parent, 'restored') }),
    ).rejects.toMatchObject({
      code: 'too-large',
      message:
        'This file holds “articles/a.json” of 600 MB, larger than any file Stancemark writes (at most 512 MB). Nothing was restored.',
    })
    expect(await readdir(parent)).toEqual([])
  })

  test('nothing is written into the open archive through a link: no restore, backup file or vault', async () => {
    const { dir, notebook } = await codedArchive()
    const { content } = await notebook.exportArchiveZip()
    const elsewhere = await tempDir()
    await symlink(join(dir, 'trash'), join(elsewhere, 'trash'))
    await symlink(dir, join(elsewhere, 'archive'))
    const before = await folderContents(dir)
    for (const folder of [
      join(elsewhere, 'trash', 'restored'),
      join(elsewhere, 'trash', 'restored', 'deeper'),
      join(elsewhere, 'archive', 'new'),
    ]) {
      await expect(
        notebook.restoreArchiveZip({ zip: content, folder }),
        folder,
      ).rejects.toMatchObject({
        code: 'invalid',
        message:
          'A backup is restored into a new folder, never into or around the archive that is open.',
      })
    }
    await expect(
      notebook.saveArchiveZip(join(elsewhere, 'trash', 'backup.zip')),
    ).rejects.toMatchObject({ message: 'Save the backup file outside the archive’s own folder.' })
    await expect(
      notebook.exportVaultToFolder(join(elsewhere, 'archive', 'Vault')),
    ).rejects.toMatchObject({
      message:
        'Choose a vault folder outside the archive’s own folder (and not one that holds it).',
    })
    expect(await folderContents(dir)).toEqual(before)
  })
})
