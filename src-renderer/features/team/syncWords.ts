import type { SyncStatus } from '../../../src-main/shared/sync'

/** How long ago a time was, as a person says it: "just now", "2 min ago", "3 h ago". */
export function agoWords(at: string, now: Date): string {
  const minutes = Math.floor((now.getTime() - new Date(at).getTime()) / 60_000)
  if (minutes < 1) return 'just now'
  if (minutes < 60) return `${minutes} min ago`
  const hours = Math.floor(minutes / 60)
  if (hours < 24) return `${hours} h ago`
  return `on ${new Date(at).toLocaleDateString()}`
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** The sync's state in the analyst's words, for the app bar and Settings → Team. */
export function syncWords(status: SyncStatus, now: Date): string {
  switch (status.state) {
    case 'off':
      return 'Not shared with a team'
    case 'syncing':
      return 'Syncing…'
    case 'refused':
      return 'Sign-in refused'
    case 'offline':
      return 'Offline — will try again'
  }
  if (status.conflicts > 0) return plural(status.conflicts, 'conflict', 'conflicts')
  if (status.waiting > 0) return `${plural(status.waiting, 'change', 'changes')} to send`
  return status.lastSynced
    ? `Up to date · synced ${agoWords(status.lastSynced, now)}`
    : 'Not synced yet'
}

/** The same in a word or two, where the app bar is narrow. */
export function shortSyncWords(status: SyncStatus): string {
  switch (status.state) {
    case 'off':
      return 'Not shared'
    case 'syncing':
      return 'Syncing…'
    case 'refused':
      return 'Refused'
    case 'offline':
      return 'Offline'
  }
  if (status.conflicts > 0) return plural(status.conflicts, 'conflict', 'conflicts')
  if (status.waiting > 0) return `${status.waiting} to send`
  return 'Synced'
}
