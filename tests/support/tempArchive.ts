import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import { openNotebook, type Notebook, type NotebookOptions } from '../../src-main/notebook/notebook'

export const resourcesDir = join(import.meta.dirname, '..', '..', 'resources')
const opened: { dir: string; notebook: Notebook }[] = []

/** A fresh archive folder in the system's temp folder, removed after the test. */
export async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'stancemark-test-'))
}

/** Opens the Notebook on a folder (a new temp folder unless given), as the app does. */
export async function open(
  dir?: string,
  options: Partial<NotebookOptions> = {},
): Promise<{ dir: string; notebook: Notebook }> {
  const archiveDir = dir ?? (await tempDir())
  const notebook = await openNotebook({ archiveDir, resourcesDir, ...options })
  opened.push({ dir: archiveDir, notebook })
  return { dir: archiveDir, notebook }
}

afterEach(async () => {
  const done = opened.splice(0)
  // Every notebook first: a folder opened twice (a test that reopens it) is removed only once
  // neither has anything left to write there.
  for (const { notebook } of done) await notebook.close()
  for (const dir of new Set(done.map(({ dir }) => dir)))
    await rm(dir, { recursive: true, force: true })
})
