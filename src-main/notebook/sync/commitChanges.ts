import git from 'isomorphic-git'
import type { Dirent } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { errorCode } from '../storage/errorCode'
import { REGISTRY_FILE } from '../storage/registryFile'
import { GITIGNORE_FILE } from '../storage/sharedFiles'
import { blobOid, storeBlob } from './gitObjects'
import { gitFs as fs } from './gitFs'
import { blobsAt, differingFiles, treeOf, treeWithBlobs } from './gitTrees'
import { BRANCH, headOf } from './syncRemote'

/** Where shared files live in the folder: the articles/ folder, the registry, the .gitignore. */
export const SHARED_PLACES: readonly string[] = ['articles', REGISTRY_FILE, GITIGNORE_FILE]

/** Who a commit is by: the coder, as git records an author. */
export interface SyncAuthor {
  name: string
  email: string
}

// Files read, hashed and stored at once: the disk and zlib's threads kept busy, memory bounded.
const LANES = 8

/**
 * Commits the shared files that changed since the last commit, by `author`; answers how many.
 * Other files in the folder (local ones) are never looked at; with `only`, none but those.
 * The commit is made from the last commit's tree with only the changed files' folders written
 * again; git's index is not used (rebuilding every tree from it cost the whole archive each time).
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
  let committed = new Map<string, string>()
  let paths: string[]
  if (only) {
    paths = [...new Set(only)].filter(isShared)
    if (head) committed = await blobsAt(dir, head, paths)
  } else {
    if (head)
      for (const [path, [oid]] of await differingFiles(dir, [head]))
        if (oid) committed.set(path, oid)
    paths = [...new Set([...(await sharedFilesIn(dir, isShared)), ...committed.keys()])]
  }
  const changes = new Map<string, string | null>()
  let next = 0
  const lane = async () => {
    while (next < paths.length) {
      const path = paths[next++]
      const bytes = await readFile(join(dir, path)).catch((error: unknown) => {
        if (errorCode(error) === 'ENOENT' || errorCode(error) === 'EISDIR') return undefined
        throw error
      })
      if (bytes === undefined) {
        if (committed.has(path)) changes.set(path, null)
        continue
      }
      const oid = blobOid(bytes)
      if (oid !== committed.get(path)) changes.set(path, await storeBlob(dir, bytes, oid))
    }
  }
  await Promise.all(Array.from({ length: LANES }, lane))
  if (changes.size === 0) return 0
  await git.commit({
    fs,
    dir,
    ref: `refs/heads/${BRANCH}`,
    tree: await treeWithBlobs(dir, head && (await treeOf(dir, head)), changes),
    parent: head ? [head] : [],
    message: `${changes.size} change${changes.size === 1 ? '' : 's'} by ${author.name}`,
    author: { ...author, timestamp: Math.floor(now.getTime() / 1000), timezoneOffset: 0 },
  })
  return changes.size
}

/** The shared files in the folder, found only where shared files live. */
async function sharedFilesIn(dir: string, isShared: (path: string) => boolean): Promise<string[]> {
  const found: string[] = []
  const look = async (path: string) => {
    let entries: Dirent[]
    try {
      entries = await readdir(join(dir, path), { withFileTypes: true })
    } catch {
      if (isShared(path)) found.push(path)
      return
    }
    for (const entry of entries) {
      const inner = `${path}/${entry.name}`
      if (entry.isDirectory()) await look(inner)
      else if (entry.isFile() && isShared(inner)) found.push(inner)
    }
  }
  for (const place of SHARED_PLACES) await look(place)
  return found
}
