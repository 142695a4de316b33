import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * Makes the archive's folders, and removes the temp files of saves a crash interrupted (the files
 * they were to replace are intact) among `articleNames`, the names found in articles/.
 */
export async function prepareFolders(dir: string, articleNames: string[]): Promise<void> {
  for (const sub of ['articles', 'trash', 'quarantine'])
    await mkdir(join(dir, sub), { recursive: true })
  for (const file of ['stancemark.json', 'registry.json'])
    await rm(join(dir, `.${file}.tmp`), { force: true })
  for (const name of articleNames) {
    if (name.startsWith('.') && name.endsWith('.tmp'))
      await rm(join(dir, 'articles', name), { force: true })
  }
}
