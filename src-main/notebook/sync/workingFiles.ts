import { mkdir, rm } from 'node:fs/promises'
import { dirname, isAbsolute, join, relative } from 'node:path'
import { StancemarkError } from '../../shared/errors'
import { writeFileAtomically } from '../storage/writeFileAtomically'
import { stampWritten } from './sharedStamps'

/** Whether `path` (from a server's tree, which anyone may craft) stays inside `dir`. */
function staysInside(dir: string, path: string): boolean {
  const within = relative(dir, join(dir, path))
  return within !== '' && !within.startsWith('..') && !isAbsolute(within) && !isAbsolute(path)
}

/**
 * Writes a sync's changes to the shared files (`isShared`) into the archive folder, each file
 * whole and durable as every save. A change naming a path outside the folder refuses them all, before any is written.
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
  stampWritten(
    dir,
    shared.map(([path]) => path),
  )
}
