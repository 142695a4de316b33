import type { CrossedError } from '../vault/vaultMessages'
import type { SyncAuthor } from './commitChanges'
import type { SyncFailure } from './syncFailure'
import type { SyncRemote } from './syncRemote'
import type { SyncDone } from './syncWithRemote'

/** What the main thread asks the sync worker: one sync, or joining a team. */
export type SyncJob =
  | { op: 'sync'; dir: string; remote: SyncRemote; author: SyncAuthor; now: string }
  | { op: 'join'; dir: string; remote: SyncRemote }

/** One sync's result, with the shared files it wrote and those still waiting to go out. */
export type SyncAnswer = (SyncDone | SyncFailure) & {
  /** Shared files the sync wrote into the folder (pulled, merged, conflict copies). */
  written: string[]
  /** Shared files committed here that the server does not have yet. */
  waiting: string[]
}

/**
 * Joining: `joined` with the team's shared files, now in the folder; `empty` when the team's
 * repository has no commit yet (this archive becomes its first).
 */
export type JoinAnswer = { state: 'joined'; written: string[] } | { state: 'empty' } | SyncFailure

export type ToSyncWorker = SyncJob & { id: number }

export type FromSyncWorker =
  { id: number; value: SyncAnswer | JoinAnswer } | { id: number; error: CrossedError }
