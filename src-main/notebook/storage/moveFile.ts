import { rename } from 'node:fs/promises'
import { dirname } from 'node:path'
import { syncFolder } from './syncFolder'

/** Moves a file to another folder of the archive and makes the move reach the disk. */
export async function moveFile(from: string, to: string): Promise<void> {
  await rename(from, to)
  await syncFolder(dirname(to))
  if (dirname(from) !== dirname(to)) await syncFolder(dirname(from))
}
