import type { CrossedError } from '../vault/vaultMessages'
import type { SyncAuthor } from './commitChanges'
import type { SyncFailure } from './syncFailure'
import type { SyncRemote } from './syncRemote'
import type { Fetched, Merged, Pushed } from './syncSteps'

/**
 * What the main thread asks the sync worker: one step of a sync (syncWithRemote's SyncSteps;
 * `commit` and `merge` asked in the archive's write queue), the files still waiting to go out
 * after it, or a step of joining a team (`take` asked in the write queue). `now`: the commit's time, as an ISO string.
 */
export type SyncJob =
  | { op: 'commit'; dir: string; remote: SyncRemote; author: SyncAuthor; now: string }
  | { op: 'fetch'; dir: string; remote: SyncRemote }
  | { op: 'merge'; dir: string; theirs: string | undefined; author: SyncAuthor; now: string }
  | { op: 'push'; dir: string; remote: SyncRemote; theirs: string | undefined }
  | { op: 'waiting'; dir: string }
  | { op: 'changed'; dir: string }
  | { op: 'clone'; dir: string; remote: SyncRemote }
  | { op: 'take'; dir: string; clone: Extract<Cloned, { state: 'cloned' }> }
  | { op: 'drop'; temp: string }

/** What each job answers. */
export interface SyncJobAnswers {
  commit: null
  fetch: Fetched
  merge: Merged
  push: Pushed
  /** Shared files committed here that the server's branch, as last fetched, does not have. */
  waiting: string[]
  /** Shared files whose stamps changed since the last sync; null when that is not known. */
  changed: string[] | null
  clone: Cloned
  take: JoinAnswer
  drop: null
}

/**
 * The team's archive cloned for joining: in `temp` (a folder of local/), with its shared files;
 * `empty` when the team's repository has no commit yet (this archive becomes its first).
 */
export type Cloned =
  { state: 'cloned'; temp: string; files: string[] } | { state: 'empty' } | SyncFailure

/** Joined: the team's shared files, now in the folder. */
export type JoinAnswer = { state: 'joined'; written: string[] }

export type ToSyncWorker = SyncJob & { id: number }

export type FromSyncWorker =
  { id: number; value: SyncJobAnswers[SyncJob['op']] } | { id: number; error: CrossedError }
