import git from 'isomorphic-git'
import { gitFs as fs } from './gitFs'
import { REGISTRY_FILE } from '../storage/registryFile'
import { GITIGNORE_FILE } from '../storage/sharedFiles'
import { BRANCH, headOf } from './syncRemote'

/** Where shared files live in the folder: the articles/ folder, the registry, the .gitignore. */
export const SHARED_PLACES: readonly string[] = ['articles', REGISTRY_FILE, GITIGNORE_FILE]

/** Who a commit is by: the coder, as git records an author. */
export interface SyncAuthor {
  name: string
  email: string
}

/**
 * Commits the shared files that changed since the last commit, by `author`; answers how many.
 * Other files in the folder (local ones) are never looked at; with `only`, none but those.
 */
export async function commitChanges(
  dir: string,
  isShared: (path: string) => boolean,
  author: SyncAuthor,
  now: Date,
  only?: readonly string[],
): Promise<number> {
  if (only?.length === 0) return 0
  const head = await headOf(dir)
  // Only where shared files live is walked (or only the files named): the rest of the folder (the
  // catalog, backups, temp files coming and going while the archive saves) is never looked at.
  const filepaths = [...(only ?? SHARED_PLACES)]
  const rows = await git.statusMatrix({ fs, dir, filepaths, filter: isShared })
  const changed = rows.filter(
    ([, inHead, inFolder]) => inFolder === 2 || (inFolder === 0 && inHead === 1),
  )
  if (changed.length === 0) return 0
  // The index brought to the folder (git's stat cache for the next look), and the commit made
  // from it: each changed file hashed and stored once, however many there are.
  const toAdd = rows.filter(([, , inFolder, inIndex]) => inFolder !== 0 && inIndex !== inFolder)
  const toRemove = rows.filter(([, , inFolder, inIndex]) => inFolder === 0 && inIndex !== 0)
  for (const [filepath] of toRemove) await git.remove({ fs, dir, filepath })
  if (toAdd.length > 0) await git.add({ fs, dir, filepath: toAdd.map(([path]) => path) })
  await git.commit({
    fs,
    dir,
    ref: `refs/heads/${BRANCH}`,
    parent: head ? [head] : [],
    message: `${changed.length} change${changed.length === 1 ? '' : 's'} by ${author.name}`,
    author: { ...author, timestamp: Math.floor(now.getTime() / 1000), timezoneOffset: 0 },
  })
  return changed.length
}
