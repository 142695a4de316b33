import { realpath } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { errorCode } from './errorCode'

/**
 * Where a path really leads: the nearest part of it that exists, with its links followed, and the
 * rest as written. A folder reached through a link into the archive is then seen to be in it.
 */
export async function realLocation(path: string): Promise<string> {
  const rest: string[] = []
  for (let existing = resolve(path); ; existing = dirname(existing)) {
    try {
      return join(await realpath(existing), ...rest)
    } catch (error) {
      if (!['ENOENT', 'ENOTDIR'].includes(errorCode(error) ?? '')) throw error
      if (dirname(existing) === existing) return resolve(path)
      rest.unshift(basename(existing))
    }
  }
}
