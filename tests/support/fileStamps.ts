import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'

/** Every file under `dir` with what tells a rewrite: its inode and its modification time. */
export async function fileStamps(dir: string): Promise<Map<string, string>> {
  const found = new Map<string, string>()
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    const { ino, mtimeMs } = await stat(path)
    found.set(path.slice(dir.length + 1), `${ino}@${mtimeMs}`)
  }
  return found
}

/** The files whose stamps differ (or that came or went) between two `fileStamps`. */
export const changedBetween = (before: Map<string, string>, after: Map<string, string>) =>
  [...new Set([...before.keys(), ...after.keys()])]
    .filter((path) => before.get(path) !== after.get(path))
    .sort()
