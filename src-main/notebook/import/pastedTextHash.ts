import { createHash } from 'node:crypto'

/** The SHA-256 a pasted text is known by in the archive, to find it again when it is pasted twice. */
export function pastedTextHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}
