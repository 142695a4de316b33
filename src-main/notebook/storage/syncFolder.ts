import { open } from 'node:fs/promises'

/**
 * Flushes a folder's entries (a rename, a new or removed file) to the disk. Windows cannot open a
 * folder for this; NTFS journals the rename itself.
 */
export async function syncFolder(dir: string): Promise<void> {
  if (process.platform === 'win32') return
  const folder = await open(dir, 'r')
  try {
    await folder.sync()
  } finally {
    await folder.close()
  }
}
