import { stat } from 'node:fs/promises'
import { errorCode } from './errorCode'

/**
 * What changes whenever a file is replaced (every save makes a new file and renames it over the
 * old one): its inode, size and modification time. Undefined when there is no such file.
 */
export async function fileStamp(file: string): Promise<string | undefined> {
  try {
    const { ino, size, mtimeNs } = await stat(file, { bigint: true })
    return `${ino}-${size}-${mtimeNs}`
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined
    throw error
  }
}
