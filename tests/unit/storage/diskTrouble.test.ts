import { chmod, mkdir, readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test, type TestContext } from 'vitest'
import { answerCall } from '../../../src-main/notebook/answer'
import { diskTrouble } from '../../../src-main/notebook/storage/diskTrouble'
import { openNotebook, type Notebook } from '../../../src-main/notebook/notebook'
import { contract } from '../../../src-main/shared/contract'
import type { DocJSON } from '../../../src-main/shared/model'
import { smallDisk } from '../../support/smallDisk'
import { resourcesDir, tempDir } from '../../support/tempArchive'

const HOUR = 60 * 60 * 1000

const call = (notebook: Notebook, method: string, ...args: unknown[]) =>
  answerCall(contract, notebook, method, args)

const notes = (text: string): DocJSON => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
})

const FULL =
  'The disk is full, so Stancemark could not write to it. Nothing was lost: the files on it are as they were before. Free some space on the disk, then try again.'

/** An archive on a small disk of its own, with one article of ours in it. */
async function archiveOn(ctx: TestContext, options: { now?: () => Date } = {}) {
  const disk = await smallDisk()
  if (typeof disk === 'string') return ctx.skip(disk)
  const dir = join(disk.dir, 'archive')
  const notebook = await openNotebook({ archiveDir: dir, resourcesDir, ...options })
  ctx.onTestFinished(async () => {
    await disk.free()
    disk.writable()
    await notebook.close()
    await disk.remove()
  })
  const article = await notebook.importArticle({
    text: 'The minister said talks would resume.',
    meta: { title: 'Talks resume' },
  })
  return { disk, dir, notebook, article, file: join(dir, 'articles', `${article.id}.json`) }
}

/** What is in a folder now: each file's name and bytes. */
async function contents(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {}
  for (const name of (await readdir(dir)).sort())
    files[name] = await readFile(join(dir, name), 'utf8')
  return files
}

describe('when the disk cannot be written', () => {
  test('a save on a full disk says the disk is full and nothing was lost; with space freed, the same save succeeds', async (ctx) => {
    const { disk, dir, notebook, article, file } = await archiveOn(ctx)
    const before = await contents(join(dir, 'articles'))
    const patch = { baseRevision: article.revision, notes: notes('Call the ministry.') }

    await disk.fill()
    const refused = await call(notebook, 'updateArticle', article.id, patch)

    expect(refused).toEqual({ ok: false, error: { code: 'io', message: FULL } })
    expect(await contents(join(dir, 'articles'))).toEqual(before)
    await disk.free()
    const saved = await call(notebook, 'updateArticle', article.id, patch)
    expect(saved).toMatchObject({ ok: true, value: { revision: article.revision + 1 } })
    expect(JSON.parse(await readFile(file, 'utf8')).notes).toEqual(patch.notes)
  })

  test('an import on a full disk says so and adds nothing; with space freed, it imports', async (ctx) => {
    const { disk, notebook } = await archiveOn(ctx)
    const listed = await notebook.listArticles({ offset: 0, limit: 10 })
    const input = { text: 'Crops failed along the river.', meta: { title: 'Harvest report' } }

    await disk.fill()
    expect(await call(notebook, 'importArticle', input)).toEqual({
      ok: false,
      error: { code: 'io', message: FULL },
    })
    expect(await notebook.listArticles({ offset: 0, limit: 10 })).toEqual(listed)
    await disk.free()
    expect(await call(notebook, 'importArticle', input)).toMatchObject({
      ok: true,
      value: { meta: { title: 'Harvest report' } },
    })
  })

  test('a vault exported where the disk is full says so', async (ctx) => {
    const { disk, notebook } = await archiveOn(ctx)
    const tmp = process.env.TMPDIR
    ctx.onTestFinished(() => {
      if (tmp === undefined) delete process.env.TMPDIR
      else process.env.TMPDIR = tmp
    })
    // The vault is made in the temp folder before it is zipped: here, on the full disk.
    process.env.TMPDIR = disk.dir
    await disk.fill()
    expect(await call(notebook, 'exportVaultZip')).toEqual({
      ok: false,
      error: { code: 'io', message: FULL },
    })
  })

  test('an hourly backup on a full disk is reported in plain words, leaves nothing, and is made with the next change', async (ctx) => {
    let now = Date.parse('2024-05-01T10:00:00Z')
    const { disk, dir, notebook, article } = await archiveOn(ctx, { now: () => new Date(now) })
    const patch = { baseRevision: article.revision, notes: notes('Later.') }
    now += 2 * HOUR
    await disk.fill()
    await call(notebook, 'updateArticle', article.id, patch)
    expect(await notebook.listBackups()).toEqual([])
    const { notices } = await notebook.getArchiveInfo()
    expect(notices.find((notice) => notice.id === 'backup-failed')?.message).toBe(
      'Stancemark could not make this hour’s backup: the disk is full. Your archive is as it was; the backup is tried again with your next change. Free some space on the disk.',
    )
    expect(await readdir(join(dir, 'backups'))).toEqual([])

    await disk.free()
    expect(await call(notebook, 'updateArticle', article.id, patch)).toMatchObject({ ok: true })
    expect(await notebook.listBackups()).toHaveLength(1)
  })

  test('a save on a read-only disk says so and nothing was lost; made writable, the same save succeeds', async (ctx) => {
    const { disk, dir, notebook, article, file } = await archiveOn(ctx)
    const before = await contents(join(dir, 'articles'))
    const patch = { baseRevision: article.revision, notes: notes('Call the ministry.') }

    disk.readOnly()
    expect(await call(notebook, 'updateArticle', article.id, patch)).toEqual({
      ok: false,
      error: {
        code: 'io',
        message: `The disk is read-only, so Stancemark could not write to it (in “${join(dir, 'articles')}”). Nothing was lost: the files on it are as they were before. Make the disk writable again, then try again.`,
      },
    })
    expect(await contents(join(dir, 'articles'))).toEqual(before)
    disk.writable()
    expect(await call(notebook, 'updateArticle', article.id, patch)).toMatchObject({ ok: true })
    expect(JSON.parse(await readFile(file, 'utf8')).notes).toEqual(patch.notes)
  })

  test('a save after the articles folder was removed says the folder is gone; put back, the same save succeeds', async () => {
    const dir = await tempDir()
    const notebook = await openNotebook({ archiveDir: dir, resourcesDir })
    try {
      const article = await notebook.importArticle({ text: 'Words.', meta: { title: 'Words' } })
      const patch = { baseRevision: article.revision, notes: notes('Mine.') }
      const articles = join(dir, 'articles')
      await rm(articles, { recursive: true })

      expect(await call(notebook, 'updateArticle', article.id, patch)).toEqual({
        ok: false,
        error: {
          code: 'io',
          message: `The folder “${articles}” is gone (moved, deleted, or on a drive that was disconnected), so Stancemark could not write in it. Nothing else was changed. Put the folder back, then try again.`,
        },
      })
      await mkdir(articles)
      expect(await call(notebook, 'updateArticle', article.id, patch)).toMatchObject({ ok: true })
      const saved = JSON.parse(await readFile(join(articles, `${article.id}.json`), 'utf8'))
      expect(saved.notes).toEqual(patch.notes)
    } finally {
      await notebook.close()
      await rm(dir, { recursive: true, force: true })
    }
  })

  test('a save after the whole archive folder was removed says its folder is gone', async () => {
    const dir = await tempDir()
    const notebook = await openNotebook({ archiveDir: dir, resourcesDir })
    try {
      const article = await notebook.importArticle({ text: 'Words.', meta: { title: 'Words' } })
      await rm(dir, { recursive: true })
      const answer = await call(notebook, 'updateArticle', article.id, {
        baseRevision: article.revision,
        notes: notes('Mine.'),
      })
      expect(answer).toMatchObject({
        ok: false,
        error: { code: 'io', message: expect.stringMatching(/^The folder “.+” is gone/) },
      })
    } finally {
      await notebook.close().catch(() => undefined)
      await rm(dir, { recursive: true, force: true })
    }
  })

  test('a save to a folder the analyst may not write in says so; allowed again, the same save succeeds', async (ctx) => {
    if (process.platform === 'win32') ctx.skip('file modes are POSIX; Windows has ACLs')
    const dir = await tempDir()
    const articles = join(dir, 'articles')
    const notebook = await openNotebook({ archiveDir: dir, resourcesDir })
    // Root may write anywhere, whatever the modes say: as root the save runs as "nobody" (the
    // process's effective user), who may read the archive but not write in it.
    const asRoot = process.getuid?.() === 0
    const forbid = async () => {
      if (!asRoot) return chmod(articles, 0o555)
      await chmod(dir, 0o755)
      process.seteuid!(65534)
    }
    const allow = async () => {
      if (!asRoot) return chmod(articles, 0o755)
      process.seteuid!(0)
    }
    try {
      const article = await notebook.importArticle({ text: 'Words.', meta: { title: 'Words' } })
      const patch = { baseRevision: article.revision, notes: notes('Mine.') }
      const before = await contents(articles)
      await forbid()
      let answer
      try {
        answer = await call(notebook, 'updateArticle', article.id, patch)
      } finally {
        await allow()
      }
      expect(answer).toEqual({
        ok: false,
        error: {
          code: 'io',
          message: `Stancemark has no permission to write in “${articles}”. Nothing was lost: the files there are as they were before. Give your user account permission to write there, then try again.`,
        },
      })
      expect(await contents(articles)).toEqual(before)
      expect(await call(notebook, 'updateArticle', article.id, patch)).toMatchObject({ ok: true })
    } finally {
      await notebook.close()
      await rm(dir, { recursive: true, force: true })
    }
  })
})

test('a file gone from a folder that is still there is called a file gone, not a folder gone', async () => {
  const dir = await tempDir()
  const missing = join(dir, 'gone.json')
  const error = await readFile(missing).catch((caught: unknown) => caught)
  expect(diskTrouble(error)?.message).toBe(
    `The file “${missing}” is gone (moved or deleted by another program), so Stancemark could not use it. Nothing else was changed. Check what moved it, then try again.`,
  )
  const inGoneFolder = await readFile(join(dir, 'nowhere', 'gone.json')).catch(
    (caught: unknown) => caught,
  )
  expect(diskTrouble(inGoneFolder)?.message).toMatch(/^The folder “.+nowhere” is gone/)
})
