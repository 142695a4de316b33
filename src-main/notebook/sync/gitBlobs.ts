import git from 'isomorphic-git'
import { createHash } from 'node:crypto'
import { promisify } from 'node:util'
import { deflate } from 'node:zlib'
import { gitFs as fs } from './gitFs'

const deflated = promisify(deflate)

const headerOf = (bytes: Uint8Array) => Buffer.from(`blob ${bytes.byteLength}\0`)

/** The oid git gives a file's bytes as a blob. */
export function blobOid(bytes: Uint8Array): string {
  return createHash('sha1').update(headerOf(bytes)).update(bytes).digest('hex')
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
  const object = await deflated(Buffer.concat([headerOf(bytes), bytes]))
  await git.writeObject({ fs, dir, type: 'blob', object, format: 'deflated', oid })
  return oid
}
