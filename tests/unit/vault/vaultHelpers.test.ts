import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { MessageChannel, Worker } from 'node:worker_threads'
import type { Root } from 'mdast'
import { describe, expect, test } from 'vitest'
import { ArticleFiles } from '../../../src-main/notebook/storage/articleFiles'
import { NoteMakers } from '../../../src-main/notebook/vault/noteMakers'
import { exportVault } from '../../../src-main/notebook/vault/vault'
import { writeNote, type NoteJob } from '../../../src-main/notebook/vault/writeNote'
import type { ToVaultWorker } from '../../../src-main/notebook/vault/vaultMessages'
// oxlint-disable-next-line import/default
import vaultWorkerPath from '../../../src-main/notebook/vault/vaultWorker?modulePath'
import { codedArchive } from '../../support/codedArchive'
import { vaultContents } from '../../support/vaultContents'
import { tempDir } from '../../support/tempArchive'

/** A note with what the Markdown writer must escape, and the analyst's lines in every other. */
const job = (folder: string, n: number): NoteJob => {
  const root: Root = {
    type: 'root',
    children: [
      { type: 'heading', depth: 1, children: [{ type: 'text', value: `Note ${n}` }] },
      {
        type: 'paragraph',
        children: [
          { type: 'highlight', children: [{ type: 'text', value: `a == b, 50% #${n} *said*` }] },
          { type: 'text', value: ' — ' },
          { type: 'wikiLink', target: `Articles/Note ${n}#^s${n}`, alias: `Note ${n}` },
        ],
      },
    ],
  }
  return {
    path: join(folder, `Note ${n}.md`),
    root,
    tail: n % 2 ? `My line ${n}.\n` : '',
    before: undefined,
  }
}

/** A vault worker serving as a helper, and this thread's end of its port. */
function helper() {
  const worker = new Worker(vaultWorkerPath)
  const channel = new MessageChannel()
  const serve: ToVaultWorker = { type: 'serve', port: channel.port1 }
  worker.postMessage(serve, [channel.port1])
  return { worker, port: channel.port2 }
}

/** The notes in `folder` with their bytes; a temp file left by a thread stopped mid-write aside. */
async function notesIn(folder: string) {
  const notes: Record<string, string> = {}
  for (const name of await readdir(folder))
    if (!name.endsWith('.tmp')) notes[name] = await readFile(join(folder, name), 'utf8')
  return notes
}

describe('helpers of a vault export', () => {
  test('notes a helper makes are the bytes this thread makes; when it stops, this thread makes what it left', async () => {
    const here = await tempDir()
    for (let n = 0; n < 16; n++) expect((await writeNote(job(here, n))).wrote).toBe(true)
    const expected = await notesIn(here)
    expect(Object.keys(expected)).toHaveLength(16)
    expect(expected['Note 3.md']).toBe(
      '# Note 3\n\n==a \\=\\= b, 50% \\#3 \\*said\\*== — [[Articles/Note 3#^s3|Note 3]]\n\n' +
        '%% Stancemark writes everything above this line; what you write below it is kept when you export again. %%\n' +
        'My line 3.\n',
    )

    const there = await tempDir()
    const { worker, port } = helper()
    const makers = new NoteMakers([port])
    expect(makers.helpers).toBe(1)
    // The first notes all go to the helper, which has room for them.
    expect(
      await Promise.all(Array.from({ length: 8 }, (_, n) => makers.write(job(there, n)))),
    ).toMatchObject(Array(8).fill({ wrote: true }))
    // It stops with notes sent to it: this thread makes them.
    const left = Array.from({ length: 8 }, (_, n) => makers.write(job(there, 8 + n)))
    await worker.terminate()
    expect(await Promise.all(left)).toMatchObject(Array(8).fill({ wrote: true }))
    expect(makers.helpers).toBe(0)
    expect(await notesIn(there)).toEqual(expected)
    makers.close()
  })

  test('a helper’s failure is the note’s, with its error code', async () => {
    const { worker, port } = helper()
    const makers = new NoteMakers([port])
    const missing = join(await tempDir(), 'no such folder')
    const here = await writeNote(job(missing, 1)).catch((error: Error & { code?: string }) => error)
    const there = await makers
      .write(job(missing, 1))
      .catch((error: Error & { code?: string }) => error)
    expect(there).toBeInstanceOf(Error)
    // The temp file's name differs: the message is the same up to it.
    const upToTemp = (error: Error) => error.message.replace(/\.Note 1\.md\.\w+\.tmp/, '…')
    expect(upToTemp(there as Error)).toBe(upToTemp(here as Error))
    expect(upToTemp(there as Error)).toMatch(/^ENOENT: .* open '.*no such folder\/…'$/)
    expect(there).toMatchObject({ code: 'ENOENT' })
    makers.close()
    await worker.terminate()
  })

  test('a vault made with helpers is the vault made in one thread, byte for byte', async () => {
    const { dir, notebook } = await codedArchive()
    const withHelpers = join(await tempDir(), 'Vault')
    await notebook.exportVaultToFolder(withHelpers)
    await notebook.close()
    // The catalog as the archive holds it: the registry (registry.json) and the summaries.
    const catalog = {
      ...JSON.parse(await readFile(join(dir, 'stancemark.json'), 'utf8')),
      ...JSON.parse(await readFile(join(dir, 'registry.json'), 'utf8')),
    }
    const files = new ArticleFiles(dir)
    const inOneThread = join(await tempDir(), 'Vault')
    await exportVault(catalog, async (id) => (await files.read(id))!, inOneThread)
    const contents = await vaultContents(inOneThread)
    expect(Object.keys(contents).length).toBeGreaterThan(15)
    expect(await vaultContents(withHelpers)).toEqual(contents)
  })
})
