import git, { type TreeEntry } from 'isomorphic-git'
import { createHash } from 'node:crypto'
import { promisify } from 'node:util'
import { deflate } from 'node:zlib'
import { gitFs as fs } from './gitFs'

const deflated = promisify(deflate)

const wrapped = (type: 'blob' | 'tree', content: Uint8Array) =>
  Buffer.concat([Buffer.from(`${type} ${content.byteLength}\0`), content])

/** The oid git gives a file's bytes as a blob. */
export function blobOid(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex')
}

/**
 * Stores bytes as a blob in the folder's repository; answers its oid. Hashed and compressed by
 * Node's own crypto and zlib off the thread (isomorphic-git would compress each object through a
 * web stream), then handed to isomorphic-git to store, which skips an object it already has.
 */
export async function storeBlob(
  dir: string,
  bytes: Uint8Array,
  oid = blobOid(bytes),
): Promise<string> {
  const object = await deflated(wrapped('blob', bytes))
  await git.writeObject({ fs, dir, type: 'blob', object, format: 'deflated', oid })
  return oid
}

/**
 * Stores a tree of these entries; answers its oid, as git.writeTree would. Written here in git's
 * tree format because isomorphic-git builds a tree of the archive's thousands of articles out of
 * several small buffers an entry, which took most of a one-article sync's commit.
 */
export async function storeTree(dir: string, entries: readonly TreeEntry[]): Promise<string> {
  const named = entries.map((entry) => ({
    entry,
    // Git orders a folder as if its name ended in a slash.
    key: Buffer.from(entry.type === 'tree' ? `${entry.path}/` : entry.path),
  }))
  named.sort((a, b) => Buffer.compare(a.key, b.key))
  const content = Buffer.concat(
    named.flatMap(({ entry }) => [
      Buffer.from(`${entry.mode.replace(/^0+/, '')} ${entry.path}\0`),
      Buffer.from(entry.oid, 'hex'),
    ]),
  )
  const object = wrapped('tree', content)
  const oid = createHash('sha1').update(object).digest('hex')
  await git.writeObject({
    fs,
    dir,
    type: 'tree',
    object: await deflated(object),
    format: 'deflated',
    oid,
  })
  return oid
}
