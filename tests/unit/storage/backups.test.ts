import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { backupsToKeep } from '../../../src-main/notebook/storage/backupsToKeep'
import { contract } from '../../../src-main/shared/contract'
import { answerCall } from '../../../src-main/notebook/answer'
import { open } from '../../support/tempArchive'
import { testClock } from '../../support/testClock'

const TEXT = 'The minister said the talks would resume.\n\nThe opposition called them a delay.'
const HOUR = 60

async function editingArchive() {
  const clock = testClock('2024-05-01T09:00:00Z')
  const { dir, notebook } = await open(undefined, { now: clock.now })
  const article = await notebook.importArticle({ text: TEXT, meta: { title: 'Talks' } })
  let revision = article.revision
  const retitle = async (title: string) => {
    revision = (
      await notebook.updateArticle(article.id, { baseRevision: revision, meta: { title } })
    ).revision
  }
  return { dir, notebook, clock, article, retitle }
}

describe('backups while editing', () => {
  test('a snapshot is taken at most once an hour, before the first change of the hour', async () => {
    const { notebook, clock, retitle } = await editingArchive()
    clock.advance(30)
    await retitle('Half an hour in')
    expect(await notebook.listBackups()).toEqual([])
    clock.advance(40)
    await retitle('Seventy minutes in')
    clock.advance(20)
    await retitle('Ninety minutes in')
    clock.advance(45)
    await retitle('Over two hours in')
    const backups = await notebook.listBackups()
    expect(backups).toEqual([
      {
        id: expect.any(String),
        createdAt: '2024-05-01T11:15:00.000Z',
        reason: 'hourly',
        articleCount: 2,
      },
      {
        id: expect.any(String),
        createdAt: '2024-05-01T10:10:00.000Z',
        reason: 'hourly',
        articleCount: 2,
      },
    ])
  })

  test('a snapshot keeps the article as it was, and costs no space for files that did not change', async () => {
    const { dir, notebook, clock, article, retitle } = await editingArchive()
    clock.advance(2 * HOUR)
    await retitle('After the backup')
    const [backup] = await notebook.listBackups()
    const kept = join(dir, 'backups', backup.id, 'articles', `${article.id}.json`)
    expect(JSON.parse(await readFile(kept, 'utf8')).meta.title).toBe('Talks')
    const sample = (await readdir(join(dir, 'articles'))).find((n) => n !== `${article.id}.json`)!
    const [inArchive, inBackup] = await Promise.all([
      stat(join(dir, 'articles', sample)),
      stat(join(dir, 'backups', backup.id, 'articles', sample)),
    ])
    expect(inBackup.ino).toBe(inArchive.ino)
  })

  test('the last 24 hourly and 14 daily snapshots are kept', async () => {
    const { notebook, clock, retitle } = await editingArchive()
    for (let edit = 0; edit < 20 * 4; edit++) {
      clock.advance(6 * HOUR)
      await retitle(`Edit ${edit}`)
    }
    const backups = await notebook.listBackups()
    const day = (b: { createdAt: string }) => b.createdAt.slice(0, 10)
    const newest = backups.slice(0, 24)
    expect(newest.map((b) => b.createdAt)).toEqual(
      Array.from({ length: 24 }, (_, i) =>
        new Date(Date.parse(backups[0].createdAt) - i * 6 * HOUR * 60_000).toISOString(),
      ),
    )
    // Older than those, one a day (the day's last), back to the 14th day.
    const older = backups.slice(24)
    expect(new Set(older.map(day)).size).toBe(older.length)
    expect(new Set(backups.map(day)).size).toBe(14)
  })

  test('a snapshot a crash left half made is never listed, and is cleared away', async () => {
    const { dir, notebook, clock, retitle } = await editingArchive()
    await mkdir(join(dir, 'backups', '.partial-2024-05-01T08-00-00-000Z', 'articles'), {
      recursive: true,
    })
    await mkdir(join(dir, 'backups', 'no-manifest'), { recursive: true })
    expect(await notebook.listBackups()).toEqual([])
    clock.advance(2 * HOUR)
    await retitle('Later')
    expect((await notebook.listBackups()).length).toBe(1)
    expect((await readdir(join(dir, 'backups'))).filter((n) => n.startsWith('.'))).toEqual([])
  })
})

describe('changes while a snapshot is being made', () => {
  async function archiveOf(count: number) {
    const clock = testClock('2024-05-01T09:00:00Z')
    const { dir, notebook } = await open(undefined, { now: clock.now })
    const articles = []
    for (let n = 0; n < count; n++)
      articles.push(
        await notebook.importArticle({
          text: `${TEXT}\n\nReport ${n}.`,
          meta: { title: `Report ${n}` },
        }),
      )
    const files = async () =>
      new Map(
        await Promise.all(
          (await readdir(join(dir, 'articles'))).map(
            async (name) => [name, await readFile(join(dir, 'articles', name))] as const,
          ),
        ),
      )
    return { dir, notebook, clock, articles, files }
  }

  test('it holds every article as it was at the first change of the hour, though many changed right after', async () => {
    const { dir, notebook, clock, articles, files } = await archiveOf(120)
    const before = await files()
    clock.advance(2 * HOUR)
    // Back to back, as when the analyst codes: the article files are still being kept.
    for (const article of articles.slice(0, 60))
      await notebook.updateArticle(article.id, {
        baseRevision: article.revision,
        meta: { title: `Changed: ${article.meta.title}` },
      })
    const [backup] = await notebook.listBackups()
    expect(backup.articleCount).toBe(before.size)
    const kept = join(dir, 'backups', backup.id, 'articles')
    expect((await readdir(kept)).sort()).toEqual([...before.keys()].sort())
    for (const [name, bytes] of before) expect(await readFile(join(kept, name))).toEqual(bytes)
    const now = await files()
    expect(JSON.parse(now.get(`${articles[59].id}.json`)!.toString()).meta.title).toBe(
      'Changed: Report 59',
    )
  })

  test('an article moved to the trash meanwhile is in it; one imported meanwhile is not', async () => {
    const { dir, notebook, clock, articles, files } = await archiveOf(40)
    const before = await files()
    clock.advance(2 * HOUR)
    const [first, trashed] = articles
    await notebook.updateArticle(first.id, { baseRevision: first.revision, meta: { title: 'New' } })
    await notebook.deleteArticle(trashed.id)
    const added = []
    for (const title of ['Imported later', 'And another', 'And a third'])
      added.push(await notebook.importArticle({ text: TEXT, meta: { title } }))
    const [backup] = await notebook.listBackups()
    expect(backup.articleCount).toBe(before.size)
    const kept = join(dir, 'backups', backup.id, 'articles')
    expect((await readdir(kept)).sort()).toEqual([...before.keys()].sort())
    expect(await readFile(join(kept, `${trashed.id}.json`))).toEqual(
      before.get(`${trashed.id}.json`),
    )
    for (const article of added) expect((await files()).has(`${article.id}.json`)).toBe(true)
    expect((await files()).has(`${trashed.id}.json`)).toBe(false)
  })

  test('a backup that cannot be made is told, and the change is saved all the same', async () => {
    const { dir, notebook, clock, article, retitle } = await editingArchive()
    await rm(join(dir, 'backups'), { recursive: true, force: true })
    await writeFile(join(dir, 'backups'), 'a file where the backups folder belongs')
    clock.advance(2 * HOUR)
    await retitle('Saved anyway')
    const saved = await readFile(join(dir, 'articles', `${article.id}.json`), 'utf8')
    expect(JSON.parse(saved).meta.title).toBe('Saved anyway')
    const { notices } = await notebook.getArchiveInfo()
    expect(notices.map((n) => n.message)).toEqual([
      expect.stringMatching(/^Stancemark could not make a backup in .*backups: ENOTDIR/),
    ])
  })
})

describe('the rotation', () => {
  test('keeps the newest 24 and the newest of each of the last 14 days', () => {
    const at = (hours: number) => {
      const createdAt = new Date(Date.UTC(2024, 4, 1) + hours * 3_600_000).toISOString()
      return { id: createdAt, createdAt }
    }
    // One at noon on each of May 1–20, then every hour from May 29 18:00 to May 30 23:00.
    const daily = Array.from({ length: 20 }, (_, day) => at(day * 24 + 12))
    const hourly = Array.from({ length: 30 }, (_, i) => at(28 * 24 + 18 + i))
    const keep = backupsToKeep([...hourly, ...daily])
    // May 30 (24 hourly), May 29 (its last, 23:00), and the 12 days before: May 9–20.
    expect([...keep].sort()).toEqual(
      [...daily.slice(8).map((b) => b.id), ...hourly.slice(5).map((b) => b.id)].sort(),
    )
  })
})

describe('restoring a backup', () => {
  test('puts the archive back, and keeps what it was as a new backup first', async () => {
    const { notebook, clock, article, retitle } = await editingArchive()
    clock.advance(2 * HOUR)
    await retitle('Rewritten')
    const [backup] = await notebook.listBackups()
    const later = await notebook.importArticle({
      text: 'Imported later.',
      meta: { title: 'Later' },
    })
    await notebook.saveSpeaker({ name: 'Added later', aliases: [], kind: 'person', notes: '' })
    clock.advance(5)

    const result = await notebook.restoreBackup(backup.id)
    expect(result).toMatchObject({ restored: backup, saved: { reason: 'before-restore' } })
    const restored = await notebook.getArticle(article.id)
    expect(restored.meta.title).toBe('Talks')
    // A new revision, so a window still showing “Rewritten” cannot save over it unawares.
    expect(restored.revision).toBeGreaterThan(2)
    const { items } = await notebook.listArticles({ offset: 0, limit: 10 })
    expect(items.map((a) => a.id)).not.toContain(later.id)
    // Nothing is lost: the later article is in the trash, the speaker still in the registry.
    await notebook.restoreArticle(later.id)
    expect((await notebook.listSpeakers()).map((s) => s.name)).toContain('Added later')

    const undo = await notebook.restoreBackup(result.saved.id)
    expect(undo.restored.reason).toBe('before-restore')
    expect((await notebook.getArticle(article.id)).meta.title).toBe('Rewritten')
  })

  test('of a backup that is not there is refused', async () => {
    const { notebook } = await editingArchive()
    expect(await answerCall(contract, notebook, 'restoreBackup', ['2020-01-01'])).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'There is no such backup of this archive.' },
    })
  })

  test('skips a damaged file of the backup and says so', async () => {
    const { dir, notebook, clock, article, retitle } = await editingArchive()
    clock.advance(2 * HOUR)
    await retitle('Rewritten')
    const [backup] = await notebook.listBackups()
    // Written in place, which Stancemark never does: the archive's own file is another one now.
    await writeFile(join(dir, 'backups', backup.id, 'articles', `${article.id}.json`), '{"cut')
    const result = await notebook.restoreBackup(backup.id)
    expect(result.skipped).toEqual([`${article.id}.json`])
    expect((await notebook.getArticle(article.id)).meta.title).toBe('Rewritten')
  })
})
