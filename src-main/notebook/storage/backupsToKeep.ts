import type { BackupInfo } from '../../shared/contract'

/** The newest snapshots: at most one is taken an hour, so these are the hourly ones. */
export const HOURLY_KEPT = 24
/** The newest snapshot of each of the most recent days that have one (UTC days). */
export const DAILY_KEPT = 14

/** Which backups the rotation keeps: the last 24 hourly and the last 14 daily ones. */
export function backupsToKeep(backups: Pick<BackupInfo, 'id' | 'createdAt'>[]): Set<string> {
  const newestFirst = [...backups].sort(
    (a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id),
  )
  const keep = new Set(newestFirst.slice(0, HOURLY_KEPT).map((backup) => backup.id))
  const days = new Set<string>()
  for (const backup of newestFirst) {
    const day = backup.createdAt.slice(0, 10)
    if (days.has(day)) continue
    if (days.size === DAILY_KEPT) break
    days.add(day)
    keep.add(backup.id)
  }
  return keep
}
