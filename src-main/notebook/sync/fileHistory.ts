import git, { type ReadCommitResult } from 'isomorphic-git'
import { gitFs as fs } from './gitFs'
import { BRANCH, headOf } from './syncRemote'

/** A commit that changed a file: the file's blob in it and in the commit before (undefined: none). */
export interface FileVersion {
  commit: ReadCommitResult
  blob: string | undefined
  before: string | undefined
}

/**
 * The commits of the archive's branch that changed one file, newest first, as `git log -- path`
 * lists them: a commit whose file equals one of its parents' (a merge that took one side) is not
 * a version of its own; one that removed the file is. Empty when the folder has no history.
 */
export async function fileHistory(dir: string, path: string): Promise<FileVersion[]> {
  if (!(await headOf(dir))) return []
  const cache = {}
  const commits = await git.log({ fs, dir, ref: BRANCH, cache })
  const byOid = new Map(commits.map((commit) => [commit.oid, commit]))
  const blobs = new Map<string, Promise<string | undefined>>()
  const blobIn = (tree: string) => {
    if (!blobs.has(tree)) blobs.set(tree, blobAt(dir, tree, path.split('/'), cache))
    return blobs.get(tree)!
  }
  const treeOf = async (oid: string) =>
    (byOid.get(oid) ?? (await git.readCommit({ fs, dir, oid, cache }))).commit.tree
  const versions: FileVersion[] = []
  for (const commit of commits) {
    const blob = await blobIn(commit.commit.tree)
    const parents = await Promise.all(
      commit.commit.parent.map(async (parent) => blobIn(await treeOf(parent))),
    )
    const changed = parents.length === 0 ? blob !== undefined : !parents.includes(blob)
    if (changed) versions.push({ commit, blob, before: parents[0] })
  }
  return versions
}

/** The blob at a path in a tree, or undefined where the tree has none. */
async function blobAt(
  dir: string,
  tree: string,
  names: readonly string[],
  cache: object,
): Promise<string | undefined> {
  let oid = tree
  for (const [i, name] of names.entries()) {
    const { tree: entries } = await git.readTree({ fs, dir, oid, cache })
    const entry = entries.find((e) => e.path === name)
    const last = i === names.length - 1
    if (!entry || entry.type !== (last ? 'blob' : 'tree')) return undefined
    oid = entry.oid
  }
  return oid
}
