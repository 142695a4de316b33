import git, { TREE } from 'isomorphic-git'
import { gitFs as fs } from './gitFs'

/** Every file path whose content differs between commits (over one commit, all), with each commit's blob. */
export async function differingFiles(
  dir: string,
  commits: readonly string[],
): Promise<Map<string, (string | undefined)[]>> {
  const found = (await git.walk({
    fs,
    dir,
    trees: commits.map((ref) => TREE({ ref })),
    map: async (path, entries) => {
      const kinds = await Promise.all(entries.map((entry) => entry?.type()))
      // A folder the same in every commit holds no difference: not walked into (null).
      if (commits.length > 1 && kinds.every((kind) => kind === 'tree')) {
        const oids = await Promise.all(entries.map((entry) => entry?.oid()))
        if (new Set(oids).size === 1) return null
      }
      if (path === '.' || !kinds.includes('blob')) return undefined
      const oids = await Promise.all(
        entries.map(async (entry, i) => (kinds[i] === 'blob' ? entry?.oid() : undefined)),
      )
      // Over one commit, every file is new to a folder that had none.
      return commits.length === 1 || new Set(oids).size > 1 ? ([path, oids] as const) : undefined
    },
  })) as (readonly [string, (string | undefined)[]] | null)[] | null
  // Commits whose trees are the same throughout: null from the top.
  return new Map((found ?? []).filter((row) => row !== null))
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
  return (await subtreeWith(dir, tree, changes)) ?? git.writeTree({ fs, dir, tree: [] })
}

async function subtreeWith(
  dir: string,
  tree: string | undefined,
  changes: ReadonlyMap<string, string | null>,
): Promise<string | undefined> {
  const entries = new Map(
    (tree ? (await git.readTree({ fs, dir, oid: tree })).tree : []).map((e) => [e.path, e]),
  )
  const nested = new Map<string, Map<string, string | null>>()
  for (const [path, content] of changes) {
    const slash = path.indexOf('/')
    if (slash >= 0) {
      const name = path.slice(0, slash)
      if (!nested.has(name)) nested.set(name, new Map())
      nested.get(name)!.set(path.slice(slash + 1), content)
    } else if (content === null) entries.delete(path)
    else {
      const oid = await git.writeBlob({ fs, dir, blob: new TextEncoder().encode(content) })
      entries.set(path, { mode: '100644', path, oid, type: 'blob' })
    }
  }
  for (const [name, inner] of nested) {
    const existing = entries.get(name)
    const oid = await subtreeWith(dir, existing?.type === 'tree' ? existing.oid : undefined, inner)
    if (oid) entries.set(name, { mode: '040000', path: name, oid, type: 'tree' })
    else entries.delete(name)
  }
  return entries.size > 0 ? git.writeTree({ fs, dir, tree: [...entries.values()] }) : undefined
}
