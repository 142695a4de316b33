import { mkdir, open, readdir, readFile, rename, rm, rmdir, stat } from 'node:fs/promises'
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path'
import { strFromU8, unzipSync, zipSync, type Zippable } from 'fflate'
import { StancemarkError } from '../shared/errors'
import { folderNames } from './articleFileNames'
import { errorCode } from './errorCode'
import { syncFolder } from './syncFolder'

/** What a backup file holds: the catalog and the folders of article files; not the derived index/. */
const FOLDERS = ['articles', 'trash', 'quarantine']
const CATALOG = 'stancemark.json'

export interface ArchiveZipOptions {
  /** Stops before the next file; nothing is written anywhere until the end. */
  signal?: AbortSignal
  /** Files read so far of all. */
  onProgress?: (done: number, total: number) => void
}

/** The answer to a cancelled export or restore: nothing was written. */
export function cancelled(): StancemarkError {
  return new StancemarkError('conflict', 'Cancelled; nothing was written.')
}

/** The whole archive as one .zip: its catalog and every article, trashed and quarantined file. */
export async function zipArchive(
  archiveDir: string,
  options: ArchiveZipOptions = {},
): Promise<Uint8Array> {
  const paths = [CATALOG]
  for (const folder of FOLDERS) {
    for (const name of await folderNames(join(archiveDir, folder))) {
      if (name.startsWith('.')) continue
      if ((await stat(join(archiveDir, folder, name))).isFile()) paths.push(`${folder}/${name}`)
    }
  }
  const files: Zippable = {}
  for (const [done, path] of paths.entries()) {
    if (options.signal?.aborted) throw cancelled()
    files[path] = await readFile(join(archiveDir, ...path.split('/')))
    options.onProgress?.(done + 1, paths.length)
  }
  return zipSync(files, { level: 6 })
}

/** Whether an entry's name is one a backup of ours can have: no path out of the folder. */
function safeEntry(name: string): boolean {
  if (name === CATALOG) return true
  const [folder, file, ...rest] = name.split('/')
  return (
    FOLDERS.includes(folder) &&
    rest.length === 0 &&
    !!file &&
    !file.startsWith('.') &&
    !/[\\:\0]/.test(file) &&
    file !== '..'
  )
}

const within = (parent: string, child: string) => {
  const path = relative(parent, child)
  return path === '' || (!path.startsWith('..') && !isAbsolute(path))
}

async function isEmptyOrMissing(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return true
    throw error
  }
}

async function writeDurably(path: string, bytes: Uint8Array): Promise<void> {
  const file = await open(path, 'w')
  try {
    await file.writeFile(bytes)
    await file.sync()
  } finally {
    await file.close()
  }
}

/**
 * Restores a backup file into a new folder (one that does not exist yet, or is empty), never over
 * the open archive: the files are written under a temp name beside it and the folder renamed
 * into place when all are on the disk (a cancelled restore leaves nothing). Answers how many
 * articles it holds.
 */
export async function restoreZip(
  bytes: Uint8Array,
  folder: string,
  openArchiveDir: string,
  options: ArchiveZipOptions = {},
): Promise<{ folder: string; articles: number }> {
  const target = resolve(folder)
  if (within(resolve(openArchiveDir), target) || within(target, resolve(openArchiveDir))) {
    throw new StancemarkError(
      'invalid',
      'A backup is restored into a new folder, never into or around the archive that is open.',
    )
  }
  let entries: Record<string, Uint8Array>
  try {
    entries = unzipSync(bytes)
  } catch {
    throw new StancemarkError('invalid', 'This file is not a .zip file, or it is damaged.')
  }
  const names = Object.keys(entries).filter((name) => !name.endsWith('/'))
  const unsafe = names.find((name) => !safeEntry(name))
  if (unsafe !== undefined) {
    throw new StancemarkError(
      'invalid',
      `This is not a Stancemark backup: it holds “${unsafe}”, which a backup never has. Nothing was restored.`,
    )
  }
  if (!names.includes(CATALOG)) {
    throw new StancemarkError('invalid', `This is not a Stancemark backup: it has no ${CATALOG}.`)
  }
  try {
    JSON.parse(strFromU8(entries[CATALOG]))
  } catch {
    throw new StancemarkError(
      'invalid',
      `The backup’s ${CATALOG} is damaged; nothing was restored.`,
    )
  }
  if (!(await isEmptyOrMissing(target))) {
    throw new StancemarkError(
      'conflict',
      `“${target}” already holds files. Choose a new or empty folder to restore into.`,
    )
  }

  const temp = join(dirname(target), `.${basename(target)}.restoring-${process.pid}`)
  await rm(temp, { recursive: true, force: true })
  try {
    for (const sub of FOLDERS) await mkdir(join(temp, sub), { recursive: true })
    for (const [done, name] of names.entries()) {
      if (options.signal?.aborted) throw cancelled()
      await writeDurably(join(temp, ...name.split('/')), entries[name])
      options.onProgress?.(done + 1, names.length)
    }
    for (const sub of FOLDERS) await syncFolder(join(temp, sub))
    await syncFolder(temp)
    await rmdir(target).catch((error: unknown) => {
      if (errorCode(error) !== 'ENOENT') throw error
    })
    await rename(temp, target)
    await syncFolder(dirname(target))
  } catch (error) {
    await rm(temp, { recursive: true, force: true })
    throw error
  }
  const articles = names.filter((name) => name.startsWith('articles/')).length
  return { folder: target, articles }
}
