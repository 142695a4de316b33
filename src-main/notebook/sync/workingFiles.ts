import git from 'isomorphic-git'
import { mkdir, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { writeFileAtomically } from '../storage/writeFileAtomically'
import { gitFs as fs } from './gitFs'

/**
 * Writes a sync's changes into the archive folder, each file whole and durable as every save,
 * then tells git's index (a cache of what the files hold) about them.
 */
export async function writeWorkingFiles(
  dir: string,
  changes: ReadonlyMap<string, string | null>,
): Promise<void> {
  for (const [path, text] of changes) {
    const file = join(dir, path)
    if (text === null) await rm(file, { force: true })
    else {
      await mkdir(dirname(file), { recursive: true })
      await writeFileAtomically(file, text)
    }
  }
  await refreshIndex(dir, [...changes.keys()])
}

/** Git's index brought up to the files as they are now. */
export async function refreshIndex(dir: string, paths: readonly string[]): Promise<void> {
  for (const filepath of paths) {
    try {
      await git.add({ fs, dir, filepath })
    } catch {
      await git.remove({ fs, dir, filepath })
    }
  }
}
