import type { Contract, Handlers } from '../shared/contract'
import type { Archive } from './archive'
import { restoreBackup } from './restoreBackup'
import type { writeQueue } from './writeQueue'

/** Listing the archive's backups and restoring one. */
export function backupHandlers(
  archive: Archive,
  exclusive: ReturnType<typeof writeQueue>,
  changed: (articleId?: string) => void,
  now: () => Date,
): Pick<Handlers<Contract>, 'listBackups' | 'restoreBackup'> {
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
  }
}
