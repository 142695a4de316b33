import { isAbsolute, relative, resolve } from 'node:path'
import { StancemarkError } from '../../shared/errors'
import type { Archive } from './archive'
import { realLocation } from './realLocation'

const within = (parent: string, child: string) => {
  const path = relative(parent, child)
  return path === '' || (!path.startsWith('..') && !isAbsolute(path))
}

/** `path`, resolved, when it is neither in the archive's folder nor around it; else `refusal`. */
export async function outsideArchive(
  archive: Archive,
  path: string,
  refusal: string,
): Promise<string> {
  // Compared where they really are: a link elsewhere may lead into the archive.
  const [real, dir] = await Promise.all([realLocation(path), realLocation(archive.dir)])
  if (within(dir, real) || within(real, dir)) throw new StancemarkError('invalid', refusal)
  return resolve(path)
}
