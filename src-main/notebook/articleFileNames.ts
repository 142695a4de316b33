import { readdir } from 'node:fs/promises'
import { errorCode } from './errorCode'

/** The names in a folder; none when there is no such folder. */
export async function folderNames(dir: string): Promise<string[]> {
  try {
    return await readdir(dir)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return []
    throw error
  }
}

/** The article files (`<id>.json`) in a folder, without the temp files of saves under way. */
export async function articleFileNames(dir: string): Promise<string[]> {
  return (await folderNames(dir)).filter((name) => name.endsWith('.json') && !name.startsWith('.'))
}
