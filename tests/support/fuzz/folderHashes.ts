import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'

/** Every file and folder under dir, by relative path: a file's sha256, a folder's marker. */
export async function folderHashes(dir: string): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {}
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name)
    hashes[relative(dir, path)] = entry.isDirectory()
      ? 'folder'
      : createHash('sha256')
          .update(await readFile(path))
          .digest('hex')
  }
  return hashes
}
