import git, { type TreeEntry } from 'isomorphic-git'
import { gitFs as fs } from './gitFs'
import { storeBlob, storeTree } from './gitObjects'

/**
 * Every file path whose content differs between commits (over one commit, all), with each
 * commit's blob. The commits' tree objects are read and compared entry by entry; a folder whose
 * tree is the same in every commit holds no difference and is not read.
 */
export async function differingFiles(
  dir: string,
  commits: readonly string[],
): Promise<Map<string, (string | undefined)[]>> {
  const found = new Map<string, (string | undefined)[]>()
  const trees = await Promise.all(commits.map((oid) => treeOf(dir, oid)))
  const listings = new Map<string, Promise<ReadonlyMap<string, TreeEntry>>>()
  const listing = (oid: string) => {
    if (!listings.has(oid)) listings.set(oid, listingOf(dir, oid))
    return listings.get(oid)!
  }
  const compare = async (prefix: string, folders: (string | undefined)[]): Promise<void> => {
    if (commits.length > 1 && folders.every((oid) => oid === folders[0])) return
    const read = await Promise.all(folders.map((oid) => (oid ? listing(oid) : new Map())))
    const names = [...new Set(read.flatMap((entries) => [...entries.keys()]))].sort()
    for (const name of names) {
      const entries = read.map((entries) => entries.get(name))
      const path = prefix + name
      const blobs = entries.map((entry) => (entry?.type === 'blob' ? entry.oid : undefined))
      if (blobs.some(Boolean) && (commits.length === 1 || new Set(blobs).size > 1))
        found.set(path, blobs)
      const inner = entries.map((entry) => (entry?.type === 'tree' ? entry.oid : undefined))
      if (inner.some(Boolean)) await compare(`${path}/`, inner)
    }
  }
  await compare('', trees)
  return found
}

/** The blob each of these file paths has in a commit's tree (none: not in it). */
export async function blobsAt(
  dir: string,
  commit: string,
  paths: readonly string[],
): Promise<Map<string, string>> {
  const found = new Map<string, string>()
  const root = await treeOf(dir, commit)
  for (const path of paths) {
    let entry: TreeEntry | undefined = { mode: '040000', path: '', oid: root, type: 'tree' }
    for (const name of path.split('/'))
      entry = entry?.type === 'tree' ? (await listingOf(dir, entry.oid)).get(name) : undefined
    if (entry?.type === 'blob') found.set(path, entry.oid)
  }
  return found
}

/** The text of a blob, or undefined for none. */
export async function blobText(dir: string, oid: string | undefined): Promise<string | undefined> {
  if (!oid) return undefined
  const { blob } = await git.readBlob({ fs, dir, oid })
  return new TextDecoder().decode(blob)
}

/** A commit's tree with some files changed (text) or removed (null): the new tree's oid. */
export async function treeWith(
  dir: string,
  tree: string | undefined,
  changes: ReadonlyMap<string, string | null>,
): Promise<string> {
  const blobs = new Map<string, string | null>()
  for (const [path, text] of changes)
    blobs.set(path, text === null ? null : await storeBlob(dir, new TextEncoder().encode(text)))
  return treeWithBlobs(dir, tree, blobs)
}

/**
 * A tree with some files set to stored blobs (their oids) or removed (null): the new tree's oid.
 * Only the folders on the way to a change are read and written again.
 */
export async function treeWithBlobs(
  dir: string,
  tree: string | undefined,
  changes: ReadonlyMap<string, string | null>,
): Promise<string> {
  return (await subtreeWith(dir, tree, changes)) ?? git.writeTree({ fs, dir, tree: [] })
}

async function subtreeWith(
  dir: string,
  tree: string | undefined,
  changes: ReadonlyMap<string, string | null>,
): Promise<string | undefined> {
  const entries = tree ? await entriesOf(dir, tree) : new Map<string, TreeEntry>()
  const nested = new Map<string, Map<string, string | null>>()
  for (const [path, oid] of changes) {
    const slash = path.indexOf('/')
    if (slash >= 0) {
      const name = path.slice(0, slash)
      if (!nested.has(name)) nested.set(name, new Map())
      nested.get(name)!.set(path.slice(slash + 1), oid)
    } else if (oid === null) entries.delete(path)
    else entries.set(path, { mode: '100644', path, oid, type: 'blob' })
  }
  for (const [name, inner] of nested) {
    const existing = entries.get(name)
    const oid = await subtreeWith(dir, existing?.type === 'tree' ? existing.oid : undefined, inner)
    if (oid) entries.set(name, { mode: '040000', path: name, oid, type: 'tree' })
    else entries.delete(name)
  }
  if (entries.size === 0) return undefined
  const oid = await storeTree(dir, [...entries.values()])
  remember(dir, oid, entries)
  return oid
}

/** A commit's tree. */
export async function treeOf(dir: string, commit: string): Promise<string> {
  return (await git.readCommit({ fs, dir, oid: commit })).commit.tree
}

// The trees read or written last, by folder and oid: a tree object never changes, and each sync
// reads the same large folder (articles/) several times (to commit, compare and count).
const recentTrees = new Map<string, Map<string, TreeEntry>>()
const RECENT_TREES = 16

function remember(dir: string, tree: string, entries: Map<string, TreeEntry>): void {
  const key = `${dir}\0${tree}`
  recentTrees.delete(key)
  recentTrees.set(key, entries)
  if (recentTrees.size > RECENT_TREES) recentTrees.delete(recentTrees.keys().next().value!)
}

/** A tree's entries by name, not to be changed (shared with the next reader). */
async function listingOf(dir: string, tree: string): Promise<ReadonlyMap<string, TreeEntry>> {
  let entries = recentTrees.get(`${dir}\0${tree}`)
  if (!entries) {
    const read = await git.readTree({ fs, dir, oid: tree })
    entries = new Map(read.tree.map((entry) => [entry.path, entry]))
  }
  remember(dir, tree, entries)
  return entries
}

/** A tree's entries by name: a copy the caller may change. */
async function entriesOf(dir: string, tree: string): Promise<Map<string, TreeEntry>> {
  return new Map(await listingOf(dir, tree))
}
