import { readFile, stat } from 'node:fs/promises'
import { basename, isAbsolute, relative, resolve } from 'node:path'
import { StancemarkError } from '../../shared/errors'
import type { NotebookContext } from '../context'
import { cancelled, restoreZip, zipArchive, type ArchiveZipOptions } from '../storage/archiveZip'
import { errorCode } from '../storage/errorCode'
import { realLocation } from '../storage/realLocation'
import type { VaultOptions, VaultReport } from '../vault/vault'
import { writeFileAtomically } from '../storage/writeFileAtomically'

/** The largest backup file read back: it is held in memory while its files are unpacked. */
const MAX_ZIP_BYTES = 1024 ** 3

const within = (parent: string, child: string) => {
  const path = relative(parent, child)
  return path === '' || (!path.startsWith('..') && !isAbsolute(path))
}

/**
 * What the Notebook writes straight to a path on this computer. These are not operations of the
 * contract, so no page can name a path: the desktop app calls them with the place the analyst
 * chose in a native dialog; tests, benches and scripts call them directly.
 */
export interface FolderExports {
  /**
   * The archive as an Obsidian vault in `folder` (created when missing, never in or around the
   * archive's own folder). Exporting again updates our notes and keeps what the analyst wrote
   * below each note's marker line.
   */
  exportVaultToFolder(folder: string, options?: VaultOptions): Promise<VaultReport>
  /** The whole archive as one .zip at `path`, written whole or not at all. */
  saveArchiveZip(
    path: string,
    options?: ArchiveZipOptions,
  ): Promise<{ path: string; bytes: number }>
  /** Restores a .zip made by `saveArchiveZip` or `exportArchiveZip` into a new or empty folder. */
  restoreArchiveZipFile(
    zipPath: string,
    folder: string,
    options?: ArchiveZipOptions,
  ): Promise<{ folder: string; articles: number }>
}

/** `onProgress`: told how far a vault export is when its caller does not ask to be told itself. */
export function folderExports({
  archive,
  vaults,
  vaultProgress: onProgress,
}: NotebookContext): FolderExports {
  const outsideArchive = async (path: string, refusal: string) => {
    // Compared where they really are: a link elsewhere may lead into the archive.
    const [real, dir] = await Promise.all([realLocation(path), realLocation(archive.dir)])
    if (within(dir, real) || within(real, dir)) throw new StancemarkError('invalid', refusal)
    return resolve(path)
  }
  return {
    exportVaultToFolder: async (folder, options) =>
      vaults.export(
        await outsideArchive(
          folder,
          'Choose a vault folder outside the archive’s own folder (and not one that holds it).',
        ),
        { ...options, onProgress: options?.onProgress ?? onProgress },
      ),

    async saveArchiveZip(path, options) {
      const target = await outsideArchive(
        path,
        'Save the backup file outside the archive’s own folder.',
      )
      await archive.flushCatalog()
      const bytes = await zipArchive(archive.dir, options)
      if (options?.signal?.aborted) throw cancelled()
      await writeFileAtomically(target, bytes)
      return { path: target, bytes: bytes.length }
    },

    async restoreArchiveZipFile(zipPath, folder, options) {
      const size = await stat(zipPath).then(
        (info) => info.size,
        (error: unknown) => {
          throw new StancemarkError(
            errorCode(error) === 'ENOENT' ? 'not-found' : 'io',
            `Stancemark could not read “${basename(zipPath)}”.`,
          )
        },
      )
      if (size > MAX_ZIP_BYTES)
        throw new StancemarkError(
          'too-large',
          `“${basename(zipPath)}” is larger than 1 GB, too large for a Stancemark backup.`,
        )
      return restoreZip(await readFile(zipPath), folder, archive.dir, options)
    },
  }
}
