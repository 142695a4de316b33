import { copyFile, link, open } from 'node:fs/promises'
import { errorCode } from './errorCode'

const NO_HARD_LINKS = ['EXDEV', 'EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EMLINK', 'ENOSYS']

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
    const code = errorCode(error)
    if (code === 'ENOENT') return false
    if (!NO_HARD_LINKS.includes(code ?? '')) throw error
  }
  try {
    await copyFile(from, to)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false
    throw error
  }
  const copy = await open(to, 'r+')
  await copy.sync().finally(() => copy.close())
  return true
}
