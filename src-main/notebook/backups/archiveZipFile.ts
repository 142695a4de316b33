import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { StancemarkError } from '../../shared/errors'
import type { NotebookContext } from '../context'
import { cancelled, restoreZip, zipArchive, type ArchiveZipOptions } from '../storage/archiveZip'
import { errorCode } from '../storage/errorCode'
import { outsideArchive } from '../storage/outsideArchive'
import { writeFileAtomically } from '../storage/writeFileAtomically'

/** The largest backup file read back: it is held in memory while its files are unpacked. */
const MAX_ZIP_BYTES = 1024 ** 3

/**
 * The archive as a .zip file at a path on this computer, and back. Not operations of the
 * contract, so no page can name a path: the desktop app calls them with the place the analyst
 * chose in a native dialog; tests, benches and scripts call them directly.
 */
export interface ArchiveZipFile {
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

export function archiveZipFile({ archive }: NotebookContext): ArchiveZipFile {
  return {
    async saveArchiveZip(path, options) {
      const target = await outsideArchive(
        archive,
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
