import { mkdir, open, readdir, readFile, rename, rm, rmdir, stat } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path'
import { zipSync, type UnzipFileInfo, type Zippable } from 'fflate'
import { StancemarkError } from '../../shared/errors'
import { folderNames } from './articleFileNames'
import { checkBackupSizes, unpacksToMore } from './checkBackupSizes'
import { errorCode } from './errorCode'
import { realLocation } from './realLocation'
import { REGISTRY_FILE } from './registryFile'
import { syncFolder } from './syncFolder'
import { zipDirectory } from './zipDirectory'
import { zipEntryChunks } from './zipEntryChunks'

/**
 * What a backup file holds: the registry, the catalog and the folders of article files; not the
 * derived index/. One made before format 5 has no registry.json: its catalog holds the registry.
 */
const FOLDERS = ['articles', 'trash', 'quarantine']
const CATALOG = 'stancemark.json'
const TOP_FILES = [REGISTRY_FILE, CATALOG]

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

/** The whole archive as one .zip: its registry, catalog and every article, trashed and quarantined file. */
export async function zipArchive(
  archiveDir: string,
  options: ArchiveZipOptions = {},
): Promise<Uint8Array> {
  const paths: string[] = []
  for (const name of TOP_FILES) {
    const there = await stat(join(archiveDir, name)).then(
      (found) => found.isFile(),
      () => false,
    )
    if (there) paths.push(name)
  }
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
  if (TOP_FILES.includes(name)) return true
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

const damaged = () =>
  new StancemarkError('invalid', 'This file is not a .zip file, or it is damaged.')

/** The registry (or an old catalog), unpacked alone first: a backup whose registry is damaged is not restored at all. */
function checkRegistry(bytes: Uint8Array, name: string, declared: number): void {
  const chunks: Uint8Array[] = []
  let size = 0
  try {
    for (const chunk of zipEntryChunks(bytes, (entry) => entry === name)) {
      size += chunk.bytes.length
      if (size > declared) throw unpacksToMore(name, declared)
      chunks.push(chunk.bytes)
    }
  } catch (error) {
    if (error instanceof StancemarkError) throw error
    throw damaged()
  }
  try {
    JSON.parse(Buffer.concat(chunks).toString('utf8'))
  } catch {
    throw new StancemarkError('invalid', `The backup’s ${name} is damaged; nothing was restored.`)
  }
}

/**
 * Unpacks the backup's files into `folder` a slice at a time, each flushed to the disk; a file
 * that unpacks to more than its entry says stops it. Answers when every file is written.
 */
async function unpackInto(
  bytes: Uint8Array,
  folder: string,
  declared: Map<string, number>,
  options: ArchiveZipOptions,
): Promise<void> {
  let file: { name: string; handle: FileHandle; size: number } | undefined
  let done = 0
  try {
    for (const { name, bytes: chunk, final } of zipEntryChunks(bytes, (n) => declared.has(n))) {
      if (!file) {
        if (options.signal?.aborted) throw cancelled()
        file = { name, handle: await open(join(folder, ...name.split('/')), 'wx'), size: 0 }
      }
      if (file.name !== name) throw damaged()
      file.size += chunk.length
      if (file.size > declared.get(name)!) throw unpacksToMore(name, declared.get(name)!)
      await file.handle.write(chunk)
      if (!final) continue
      await file.handle.sync()
      await file.handle.close()
      file = undefined
      done++
      options.onProgress?.(done, declared.size)
    }
  } catch (error) {
    if (error instanceof StancemarkError) throw error
    if (errorCode(error) !== undefined) throw error
    throw damaged()
  } finally {
    await file?.handle.close()
  }
  if (done !== declared.size) throw damaged()
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
  // Compared where they really are: a link elsewhere may lead into the archive.
  const [real, archive] = await Promise.all([realLocation(target), realLocation(openArchiveDir)])
  if (within(archive, real) || within(real, archive)) {
    throw new StancemarkError(
      'invalid',
      'A backup is restored into a new folder, never into or around the archive that is open.',
    )
  }
  let entries: UnzipFileInfo[]
  try {
    entries = zipDirectory(bytes).filter((entry) => !entry.name.endsWith('/'))
  } catch {
    throw damaged()
  }
  const names = entries.map((entry) => entry.name)
  if (new Set(names).size !== names.length) throw damaged()
  const unsafe = names.find((name) => !safeEntry(name))
  if (unsafe !== undefined) {
    throw new StancemarkError(
      'invalid',
      `This is not a Stancemark backup: it holds “${unsafe}”, which a backup never has. Nothing was restored.`,
    )
  }
  // The registry, or in a backup made before format 5, the catalog that held it.
  const registry =
    entries.find((entry) => entry.name === REGISTRY_FILE) ??
    entries.find((entry) => entry.name === CATALOG)
  if (!registry) {
    throw new StancemarkError(
      'invalid',
      `This is not a Stancemark backup: it has no ${REGISTRY_FILE} (or ${CATALOG}).`,
    )
  }
  checkBackupSizes(entries, bytes.length)
  checkRegistry(bytes, registry.name, registry.originalSize)
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
    const declared = new Map(entries.map((entry) => [entry.name, entry.originalSize]))
    await unpackInto(bytes, temp, declared, options)
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
