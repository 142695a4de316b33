import { spawn, type ChildProcess } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { answerCall } from '../../../src-main/notebook/answer'
import { contract, type MethodName } from '../../../src-main/shared/contract'
import { buildScript } from '../../support/buildScript'
import { folderContents } from '../../support/folderContents'
import { open, tempDir } from '../../support/tempArchive'

let holdScript = ''
let removeScript: () => Promise<void> = async () => undefined
beforeAll(async () => {
  const built = await buildScript('holdArchive.ts')
  holdScript = built.script
  removeScript = built.remove
}, 60_000)
afterAll(() => removeScript())

/** Another process that has the archive open, as a second Stancemark would. */
async function holdInAnotherProcess(dir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [holdScript, dir], { stdio: ['ignore', 'pipe', 'inherit'] })
  const first = await new Promise<string>((resolve, reject) => {
    child.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()))
    child.once('exit', (code) => reject(new Error(`the other process exited (${code})`)))
  })
  expect(first).toBe('ready')
  return child
}

const exited = (child: ChildProcess) => new Promise((resolve) => child.once('exit', resolve))

const readOnlyMessage = (pid: number, app: string) =>
  new RegExp(
    `^This archive is open in ${app} \\(process ${pid}, since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\); it is read-only here\\. Close it there to make changes here\\.$`,
  )

describe('one writer per archive', () => {
  test('a second window on the same archive opens it read-only and is told who has it', async () => {
    const { dir } = await open(undefined, { app: 'desktop' })
    const second = (await open(dir, { app: 'host' })).notebook
    const info = await second.getArchiveInfo()
    expect(info.readOnly).toBe(true)
    expect(info.lockedBy).toMatchObject({
      pid: process.pid,
      hostname: hostname(),
      app: 'desktop',
      message: expect.stringMatching(readOnlyMessage(process.pid, 'the Stancemark app')),
    })
    const { items } = await second.listArticles({ offset: 0, limit: 10 })
    expect((await second.getArticle(items[0].id)).meta.title).toBe(items[0].title)
  })

  test('every change asked of a read-only archive is refused with conflict, and nothing is written', async () => {
    const { dir, notebook: first } = await open()
    const [article] = (await first.listArticles({ offset: 0, limit: 1 })).items
    const [speaker] = await first.listSpeakers()
    const [position] = await first.listPositions()
    const statementId = Object.keys((await first.getArticle(article.id)).statements)[0]
    const second = (await open(dir)).notebook
    const before = await folderContents(dir)
    const changes: [MethodName, unknown[]][] = [
      ['importArticle', [{ text: 'New text', meta: {} }]],
      ['updateArticle', [article.id, { baseRevision: article.revision, meta: { title: 'X' } }]],
      ['deleteArticle', [article.id]],
      ['restoreArticle', [article.id]],
      ['addStatement', [article.id, { anchor: { exact: 'Veloria' } }]],
      ['updateStatement', [article.id, statementId, { note: 'x' }]],
      ['removeStatement', [article.id, statementId]],
      ['saveSpeaker', [{ name: 'New speaker' }]],
      ['mergeSpeakers', [speaker.id, speaker.id]],
      ['undoMergeSpeakers', [speaker.id]],
      ['deleteSpeaker', [speaker.id]],
      ['savePosition', [{ label: 'New position' }]],
      ['mergePositions', [position.id, position.id]],
      ['undoMergePositions', [position.id]],
      ['deletePosition', [position.id]],
      ['restoreBackup', ['2024-01-01']],
    ]
    for (const [method, args] of changes) {
      expect(await answerCall(contract, second, method, args), method).toEqual({
        ok: false,
        error: { code: 'conflict', message: expect.stringMatching(/it is read-only here/) },
      })
    }
    expect(await folderContents(dir)).toEqual(before)
    expect((await second.listSpeakers()).map((s) => s.name)).not.toContain('New speaker')
  })

  test('the lock is released on close, and the next window may write', async () => {
    const { dir, notebook } = await open()
    await notebook.close()
    const next = (await open(dir)).notebook
    expect((await next.getArchiveInfo()).readOnly).toBe(false)
    await next.saveSpeaker({ name: 'Written', aliases: [], kind: 'person', notes: '' })
  })

  test('a lock left by a process that is gone is taken over', async () => {
    const dir = await tempDir()
    const gone = spawn(process.execPath, ['-e', '0'])
    await exited(gone)
    const holder = {
      pid: gone.pid,
      hostname: hostname(),
      app: 'host',
      startedAt: '2024-05-01T09:00:00.000Z',
    }
    await writeFile(join(dir, 'stancemark.lock'), JSON.stringify(holder))
    const { notebook } = await open(dir)
    expect((await notebook.getArchiveInfo()).readOnly).toBe(false)
    expect(JSON.parse(await readFile(join(dir, 'stancemark.lock'), 'utf8')).pid).toBe(process.pid)
  })

  test('a lock held on another computer makes the archive read-only, and says how to take over', async () => {
    const dir = await tempDir()
    const holder = {
      pid: 4242,
      hostname: 'fieldwork-laptop',
      app: 'desktop',
      startedAt: '2024-05-01T09:00:00.000Z',
    }
    await writeFile(join(dir, 'stancemark.lock'), JSON.stringify(holder))
    const { notebook } = await open(dir)
    const { readOnly, lockedBy } = await notebook.getArchiveInfo()
    expect(readOnly).toBe(true)
    expect(lockedBy?.message).toMatch(
      /^This archive is open in the Stancemark app on the computer “fieldwork-laptop” \(process 4242, since .+\); it is read-only here\. If Stancemark no longer runs there, delete stancemark\.lock in the archive folder and open it again\.$/,
    )
  })

  test('another process that has the archive makes it read-only here until it closes it', async () => {
    const { dir, notebook: creator } = await open()
    await creator.close()
    const other = await holdInAnotherProcess(dir)
    const whileHeld = (await open(dir)).notebook
    const info = await whileHeld.getArchiveInfo()
    expect(info.lockedBy).toMatchObject({
      pid: other.pid,
      app: 'host',
      message: expect.stringMatching(readOnlyMessage(other.pid!, 'the Stancemark local host')),
    })
    other.kill('SIGTERM')
    await exited(other)
    const afterwards = (await open(dir)).notebook
    expect((await afterwards.getArchiveInfo()).readOnly).toBe(false)
  })

  test('another process that was killed leaves a lock the next one takes over', async () => {
    const { dir, notebook: creator } = await open()
    await creator.close()
    const other = await holdInAnotherProcess(dir)
    other.kill('SIGKILL')
    await exited(other)
    const { notebook } = await open(dir)
    expect((await notebook.getArchiveInfo()).readOnly).toBe(false)
  })

  test('a read-only window leaves a damaged file where it is for the writer to deal with', async () => {
    const { dir, notebook: writer } = await open()
    const imported = await writer.importArticle({ text: 'Some text.', meta: { title: 'Damaged' } })
    const file = join(dir, 'articles', `${imported.id}.json`)
    await writeFile(file, '{"cut')
    const reader = (await open(dir)).notebook
    await expect(reader.getArticle(imported.id)).rejects.toThrow(
      'The article “Damaged” could not be read and was left in place.',
    )
    expect(await readFile(file, 'utf8')).toBe('{"cut')
  })
})
