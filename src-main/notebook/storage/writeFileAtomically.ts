import { randomUUID } from 'node:crypto'
import { renameSync, rmSync, writeFileSync } from 'node:fs'
import { open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { syncFolder } from './syncFolder'

export interface AtomicWriteOptions {
  /**
   * Flushes the file and its folder to the disk before answering, so it survives a power cut.
   * Files that can be made again (a vault's notes) skip it and flush their folder once at the end.
   * @default true
   */
  durable?: boolean
}

/** The name of a temp file of ours (see `tempBeside`): its group 1 is the name of its file. */
export const TEMP_FILE_NAME = /^\.(.+)\.[0-9a-f]{8}\.tmp$/

/** A hidden temp file's name beside `path`, unlike any other's. */
const tempBeside = (path: string) =>
  join(dirname(path), `.${basename(path)}.${randomUUID().slice(0, 8)}.tmp`)

/**
 * Writes a whole file or nothing: the bytes go to a hidden temp file beside it, which is then
 * renamed over it. A reader (or a sync tool) sees the old file or the new one, never half of one.
 */
export async function writeFileAtomically(
  path: string,
  content: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const durable = options.durable ?? true
  const temp = tempBeside(path)
  try {
    const file = await open(temp, 'w')
    try {
      await file.writeFile(content)
      if (durable) await file.sync()
    } finally {
      await file.close()
    }
    await rename(temp, path)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
  if (durable) await syncFolder(dirname(path))
}

/**
 * `writeFileAtomically` without the flush, with the file system's synchronous calls: for a worker
 * thread writing many small files, where each trip to the thread pool costs more than the write.
 */
export function writeFileAtomicallySync(path: string, content: string | Uint8Array): void {
  const temp = tempBeside(path)
  try {
    writeFileSync(temp, content)
    renameSync(temp, path)
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
}
