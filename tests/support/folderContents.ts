import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'

/** Every file under dir by its path relative to dir, with its bytes as text; folders as `/`. */
export async function folderContents(dir: string): Promise<Record<string, string>> {
  const contents: Record<string, string> = {}
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name)
    contents[relative(dir, path)] = entry.isDirectory() ? '/' : await readFile(path, 'latin1')
  }
  return contents
}
