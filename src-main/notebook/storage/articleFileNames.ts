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

/** Whether a name in articles/ is an article file (`<id>.json`), not the temp file of a save. */
export const isArticleFileName = (name: string) => name.endsWith('.json') && !name.startsWith('.')

/** The article files (`<id>.json`) in a folder, without the temp files of saves under way. */
export async function articleFileNames(dir: string): Promise<string[]> {
  return (await folderNames(dir)).filter(isArticleFileName)
}
