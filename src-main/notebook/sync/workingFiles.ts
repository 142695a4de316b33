import git from 'isomorphic-git'
import { access, mkdir, rm } from 'node:fs/promises'
import { dirname, isAbsolute, join, relative } from 'node:path'
import { StancemarkError } from '../../shared/errors'
import { writeFileAtomically } from '../storage/writeFileAtomically'
import { gitFs as fs } from './gitFs'

/** Whether `path` (from a server's tree, which anyone may craft) stays inside `dir`. */
function staysInside(dir: string, path: string): boolean {
  const within = relative(dir, join(dir, path))
  return within !== '' && !within.startsWith('..') && !isAbsolute(within) && !isAbsolute(path)
}

/**
 * Writes a sync's changes to the shared files (`isShared`) into the archive folder, each file
 * whole and durable as every save, then tells git's index (a cache of what the files hold) about
 * them. A change naming a path outside the folder refuses them all, before any is written.
 */
export async function writeWorkingFiles(
  dir: string,
  changes: ReadonlyMap<string, string | null>,
  isShared: (path: string) => boolean,
): Promise<void> {
  for (const path of changes.keys())
    if (!staysInside(dir, path))
      throw new StancemarkError(
        'invalid',
        `The team archive holds a file outside its folder (“${path}”): nothing of it was taken. Ask whoever runs the server to look at it.`,
      )
  const shared = [...changes].filter(([path]) => isShared(path))
  for (const [path, text] of shared) {
    const file = join(dir, path)
    if (text === null) await rm(file, { force: true })
    else {
      await mkdir(dirname(file), { recursive: true })
      await writeFileAtomically(file, text)
    }
  }
  await refreshIndex(
    dir,
    shared.map(([path]) => path),
  )
}

/**
 * Git's index brought up to the files as they are now: those there added in one call (the index
 * is read and written once, not once a file), those gone taken out.
 */
export async function refreshIndex(dir: string, paths: readonly string[]): Promise<void> {
  const there: string[] = []
  for (const filepath of paths) {
    if (await exists(join(dir, filepath))) there.push(filepath)
    else await git.remove({ fs, dir, filepath })
  }
  if (there.length > 0) await git.add({ fs, dir, filepath: there })
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  )
