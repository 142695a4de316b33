import type { Contract, Handlers } from '../../shared/contract'
import type { NotebookContext } from '../context'
import { restoreZip, zipArchive } from '../storage/archiveZip'
import { restoreBackup } from '../storage/restoreBackup'

const localDate = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`

/** Listing the archive's backups and restoring one; the whole archive as one file and back. */
export function handlers({
  archive,
  exclusive,
  changed,
  now,
}: NotebookContext): Pick<
  Handlers<Contract>,
  'listBackups' | 'restoreBackup' | 'exportArchiveZip' | 'restoreArchiveZip'
> {
  return {
    listBackups: () => archive.backups.list(),
    restoreBackup: (id) =>
      exclusive(async () => {
        try {
          return await restoreBackup(archive, id, now)
        } finally {
          changed()
        }
      }),
    exportArchiveZip: async () => {
      // The catalog on disk lags saves by a second: the .zip holds the archive as it is now.
      await archive.flushCatalog()
      return {
        filename: `stancemark-archive-${localDate(now())}.zip`,
        mediaType: 'application/zip',
        content: Buffer.from(await zipArchive(archive.dir)).toString('base64'),
        encoding: 'base64' as const,
      }
    },
    restoreArchiveZip: ({ zip, folder }) =>
      restoreZip(Buffer.from(zip, 'base64'), folder, archive.dir),
  }
}
