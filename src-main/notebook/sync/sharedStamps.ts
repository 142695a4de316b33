import { readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { fileStampsNow } from '../storage/fileStamp'
import { LOCAL_FOLDER } from '../storage/localCoder'
import { writeFileAtomically } from '../storage/writeFileAtomically'
import { REGISTRY_FILE } from '../storage/registryFile'
import { GITIGNORE_FILE } from '../storage/sharedFiles'

/**
 * The shared files' stamps (inode, size, modification time) as the last sync left them, in
 * `local/sync-stamps.json`: the next sync hands git only the files whose stamp changed, instead of
 * git looking over every file of the archive. Missing or unreadable: git looks over them all.
 */
const Stamps = z.record(z.string(), z.string())

const fileOf = (dir: string) => join(dir, LOCAL_FOLDER, 'sync-stamps.json')

/** The shared files there are now, each with its stamp. */
async function stampsNow(
  dir: string,
  isShared: (path: string) => boolean,
): Promise<Map<string, string>> {
  const names = await readdir(join(dir, 'articles')).catch(() => [] as string[])
  const paths = [REGISTRY_FILE, GITIGNORE_FILE, ...names.map((name) => `articles/${name}`)].filter(
    isShared,
  )
  const stamps = fileStampsNow(paths.map((path) => join(dir, path)))
  const found = new Map<string, string>()
  paths.forEach((path, i) => {
    const stamp = stamps[i]
    if (stamp) found.set(path, stamp)
  })
  return found
}

// The stamps seen by the last look for changes, per folder, with the files the sync wrote since
// stamped again: what keepStamps records, so that one sync stamps every file once, not twice. Taken
// before the commit reads the files, they can only make the next sync look at a file again.
const looks = new Map<string, Map<string, string>>()

/**
 * The shared files that may have changed since the last sync (new, changed or gone), or undefined
 * when that is not known (never synced here, or the stamps file lost).
 */
export async function changedSinceSync(
  dir: string,
  isShared: (path: string) => boolean,
  { look = true }: { look?: boolean } = {},
): Promise<string[] | undefined> {
  const now = await stampsNow(dir, isShared)
  // Only a sync's own look is kept for its keepStamps; a look to count what waits is not.
  if (look) looks.set(dir, now)
  let before: Map<string, string>
  try {
    before = new Map(Object.entries(Stamps.parse(JSON.parse(await readFile(fileOf(dir), 'utf8')))))
  } catch {
    return undefined
  }
  const changed = [...now]
    .filter(([path, stamp]) => before.get(path) !== stamp)
    .map(([path]) => path)
  const gone = [...before.keys()].filter((path) => !now.has(path))
  return [...changed, ...gone]
}

/** Tells the look under way that the sync wrote (or removed) these shared files. */
export function stampWritten(dir: string, paths: readonly string[]): void {
  const look = looks.get(dir)
  if (!look) return
  const stamps = fileStampsNow(paths.map((path) => join(dir, path)))
  paths.forEach((path, i) => {
    const stamp = stamps[i]
    if (stamp) look.set(path, stamp)
    else look.delete(path)
  })
}

/**
 * Keeps the shared files' stamps as the folder holds what was just committed: those of the last
 * look with what the sync wrote since, or, without a look, as they are now.
 */
export async function keepStamps(dir: string, isShared: (path: string) => boolean): Promise<void> {
  const stamps = looks.get(dir) ?? (await stampsNow(dir, isShared))
  looks.delete(dir)
  await writeFileAtomically(fileOf(dir), JSON.stringify(Object.fromEntries(stamps)), {
    durable: false,
  })
}

/** Forgets the stamps: the next sync looks over every file (after a sync that stopped midway). */
export async function forgetStamps(dir: string): Promise<void> {
  await rm(fileOf(dir), { force: true })
}
