import { closeSync, copyFileSync, fsyncSync, linkSync, openSync } from 'node:fs'
import { copyFile, link, open } from 'node:fs/promises'
import { errorCode } from './errorCode'

const NO_HARD_LINKS = ['EXDEV', 'EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EMLINK', 'ENOSYS']

/** Whether a failed link says the file is gone (false), or that the file system has no hard links (true). */
function copyInstead(error: unknown): boolean {
  const code = errorCode(error)
  if (code === 'ENOENT') return false
  if (!NO_HARD_LINKS.includes(code ?? '')) throw error
  return true
}

function gone(error: unknown): false {
  if (errorCode(error) === 'ENOENT') return false
  throw error
}

/**
 * Keeps the file as it is now at `to`: a hard link where the file system has them (costs no space,
 * and stays the old version because every save replaces a file rather than changing it), a copy
 * flushed to the disk where it has not. False when there is no such file.
 */
export async function keepCopy(from: string, to: string): Promise<boolean> {
  try {
    await link(from, to)
    return true
  } catch (error) {
    if (!copyInstead(error)) return false
  }
  try {
    await copyFile(from, to)
  } catch (error) {
    return gone(error)
  }
  const copy = await open(to, 'r+')
  await copy.sync().finally(() => copy.close())
  return true
}

/** keepCopy with the file system's synchronous calls, for a worker thread. */
export function keepCopySync(from: string, to: string): boolean {
  try {
    linkSync(from, to)
    return true
  } catch (error) {
    if (!copyInstead(error)) return false
  }
  try {
    copyFileSync(from, to)
  } catch (error) {
    return gone(error)
  }
  const copy = openSync(to, 'r+')
  try {
    fsyncSync(copy)
  } finally {
    closeSync(copy)
  }
  return true
}
