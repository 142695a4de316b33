import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Worker } from 'node:worker_threads'
import { afterEach, describe, expect, test } from 'vitest'
import { workerStarts, type WorkerRole } from '../../../src-main/notebook/storage/workerThreads'
import { paragraphsDocx } from '../../support/craftedDocx'
import { codedArchive } from '../../support/codedArchive'
import { vaultContents } from '../../support/vaultContents'
import { open, tempDir } from '../../support/tempArchive'

// A worker thread can end without being asked (a crash, memory running out). These end one
// from outside, as that would, and look at what the analyst then gets.

const started: { role: WorkerRole; worker: Worker }[] = []
const hear = (role: WorkerRole, worker: Worker) => started.push({ role, worker })
workerStarts.on('start', hear)
afterEach(() => void started.splice(0))

/** Ends the last worker started in `role`; answers it. */
async function endLast(role: WorkerRole): Promise<Worker> {
  const last = started.findLast((each) => each.role === role)
  if (!last) throw new Error(`no ${role} worker was started`)
  await last.worker.terminate()
  return last.worker
}

const titles = (hits: { title: string }[]) => hits.map((hit) => hit.title).sort()

describe('a worker thread that ends unasked', () => {
  test('search: the next search answers as before, from an index made again', async () => {
    const { notebook } = await codedArchive()
    const before = await notebook.search({ text: 'treaty', limit: 10 })
    expect(before.total).toBeGreaterThan(0)
    await endLast('search')
    const after = await notebook.search({ text: 'treaty', limit: 10 })
    expect(titles(after.hits)).toEqual(titles(before.hits))
    expect(after.total).toBe(before.total)
    expect(started.filter((each) => each.role === 'search')).toHaveLength(2)
  })

  test('files: articles open and save as before, through a new worker', async () => {
    const { dir, notebook, ids } = await codedArchive()
    const [first, second] = ids
    const article = await notebook.getArticle(first)
    await endLast('files')
    await notebook.updateArticle(first, {
      baseRevision: article.revision,
      meta: { title: 'Saved after the thread ended' },
    })
    const onDisk = JSON.parse(await readFile(join(dir, 'articles', `${first}.json`), 'utf8'))
    expect(onDisk.meta.title).toBe('Saved after the thread ended')
    expect((await notebook.getArticle(second)).id).toBe(second)
    expect(started.filter((each) => each.role === 'files').length).toBeGreaterThanOrEqual(2)
  })

  test('vault: the export stops and says so, its notes whole; the next makes the whole vault, and nothing else', async () => {
    const { notebook } = await codedArchive()
    const folder = join(await tempDir(), 'Vault')
    let ended: Promise<Worker> | undefined
    const stopped = await notebook
      .exportVaultToFolder(folder, {
        // At the first note the export's own worker ends.
        onProgress: () => void (ended ??= endLast('vault')),
      })
      .catch((error: Error) => error)
    await ended
    expect(stopped).toBeInstanceOf(Error)
    expect((stopped as Error).message).toMatch(
      /^The vault export stopped unexpectedly \(exit code 1\); the notes written so far are whole\.$/,
    )
    const whole = join(await tempDir(), 'Whole vault')
    const report = await notebook.exportVaultToFolder(whole)
    const again = await notebook.exportVaultToFolder(folder)
    expect(again.notes).toBe(report.notes)
    // The vault is the one an export that was never stopped makes, without the temp files a
    // thread ended mid-write may have left (the next export removes them).
    expect(await vaultContents(folder)).toEqual(await vaultContents(whole))
  })

  test('vault: workers kept waiting after an export that end are not used again', async () => {
    const { notebook } = await codedArchive()
    const first = await notebook.exportVaultToFolder(join(await tempDir(), 'First'))
    await endLast('vault')
    const folder = join(await tempDir(), 'Second')
    const second = await notebook.exportVaultToFolder(folder)
    expect(second).toEqual({ ...first, folder })
    expect(started.filter((each) => each.role === 'vault')).toHaveLength(2)
  })

  test('import: the file being read is refused in words, nothing is added, and the next file imports', async () => {
    const { notebook } = await open()
    const file = async (name: string, paragraphs: number) => ({
      file: { name, base64: Buffer.from(await paragraphsDocx(paragraphs)).toString('base64') },
      meta: {},
    })
    const big = await file('report.docx', 40_000)
    let ended: Promise<Worker> | undefined
    const ending = (role: WorkerRole) => role === 'import' && (ended ??= endLast('import'))
    workerStarts.on('start', ending)
    const refused = await Promise.resolve(notebook.importArticle(big))
      .catch((error: Error) => error)
      .finally(() => workerStarts.off('start', ending))
    await ended
    expect(refused).toMatchObject({
      code: 'internal',
      message:
        '“report.docx” could not be read: reading it stopped unexpectedly. Nothing was imported; try again.',
    })
    expect((await notebook.listArticles({ offset: 0, limit: 10 })).total).toBe(1)
    const article = await notebook.importArticle(await file('short.docx', 3))
    expect(article.meta.title).toBe('short')
    expect(started.filter((each) => each.role === 'import')).toHaveLength(2)
  }, 60_000)
})
