import git from 'isomorphic-git'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gitFs as fs } from './gitFs'
import { treeWith } from './gitTrees'
import { REGISTRY_FILE } from './mergeCommits'
import { BRANCH, headOf } from './syncRemote'
import { refreshIndex } from './workingFiles'

/** Where shared files live in the folder: the articles/ folder and the registry file. */
export const SHARED_PLACES: readonly string[] = ['articles', REGISTRY_FILE]

/** Who a commit is by: the coder, as git records an author. */
export interface SyncAuthor {
  name: string
  email: string
}

/**
 * Commits the shared files that changed since the last commit, by `author`; answers how many.
 * Other files in the folder (local ones) are never looked at.
 */
export async function commitChanges(
  dir: string,
  isShared: (path: string) => boolean,
  author: SyncAuthor,
  now: Date,
): Promise<number> {
  const head = await headOf(dir)
  // Only where shared files live is walked: the rest of the folder (the catalog, backups, temp
  // files coming and going while the archive saves) is never looked at.
  const rows = await git.statusMatrix({ fs, dir, filepaths: [...SHARED_PLACES], filter: isShared })
  const changes = new Map<string, string | null>()
  for (const [path, inHead, inFolder] of rows) {
    if (inFolder === 0 && inHead === 1) changes.set(path, null)
    else if (inFolder === 2) changes.set(path, await readFile(join(dir, path), 'utf8'))
  }
  if (changes.size === 0) return 0
  const headTree = head ? (await git.readCommit({ fs, dir, oid: head })).commit.tree : undefined
  const tree = await treeWith(dir, headTree, changes)
  await git.commit({
    fs,
    dir,
    ref: `refs/heads/${BRANCH}`,
    tree,
    parent: head ? [head] : [],
    message: `${changes.size} change${changes.size === 1 ? '' : 's'} by ${author.name}`,
    author: { ...author, timestamp: Math.floor(now.getTime() / 1000), timezoneOffset: 0 },
  })
  await refreshIndex(dir, [...changes.keys()])
  return changes.size
}
