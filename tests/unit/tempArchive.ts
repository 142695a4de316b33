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
  for (const { dir, notebook } of opened.splice(0)) {
    await notebook.close()
    await rm(dir, { recursive: true, force: true })
  }
})
