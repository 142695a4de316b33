import type { SyncAuthor } from './commitChanges'
import type { SyncRemote } from './syncRemote'
import type { SyncThread } from './syncThread'
import type { SyncSteps } from './syncWithRemote'

/** What the archive's sync steps work with. */
export interface ArchiveSync {
  dir: string
  thread: SyncThread
  remote: SyncRemote
  author: SyncAuthor
  now: () => Date
  /**
   * Runs a step that commits what was saved (in the write queue, as syncRounds asks): the
   * writes put off made first, then what was saved before it counted as sent.
   */
  committing: <T>(step: () => Promise<T>) => Promise<T>
  /** Reads back the shared files a merge wrote (summaries, indexes), in the same turn. */
  readBack: (written: readonly string[]) => Promise<void>
}

/**
 * A sync's steps on the archive folder, the git work of each in the sync thread. The server's
 * steps touch no file a save writes; the commit and the merge (with its writes and their
 * reading back) are the ones syncRounds runs in the write queue.
 */
export function archiveSyncSteps(sync: ArchiveSync): SyncSteps {
  const { dir, thread, remote, author, now } = sync
  return {
    commit: () =>
      sync.committing(async () => {
        await thread.run({ op: 'commit', dir, remote, author, now: now().toISOString() })
      }),
    fetch: () => thread.run({ op: 'fetch', dir, remote }),
    merge: (theirs) =>
      sync.committing(async () => {
        const job = { op: 'merge', dir, theirs, author, now: now().toISOString() } as const
        const merged = await thread.run(job)
        await sync.readBack(merged.written)
        return merged
      }),
    push: (theirs) => thread.run({ op: 'push', dir, remote, theirs }),
  }
}
