import git, { type TreeEntry } from 'isomorphic-git'
import { gitFs as fs } from './gitFs'
import { storeBlob } from './gitBlobs'

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
  const listings = new Map<string, Promise<Map<string, TreeEntry>>>()
  const listing = (oid: string) => {
    if (!listings.has(oid)) listings.set(oid, entriesOf(dir, oid))
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
  return entries.size > 0 ? git.writeTree({ fs, dir, tree: [...entries.values()] }) : undefined
}

/** A commit's tree. */
export async function treeOf(dir: string, commit: string): Promise<string> {
  return (await git.readCommit({ fs, dir, oid: commit })).commit.tree
}

async function entriesOf(dir: string, tree: string): Promise<Map<string, TreeEntry>> {
  const { tree: entries } = await git.readTree({ fs, dir, oid: tree })
  return new Map(entries.map((entry) => [entry.path, entry]))
}
