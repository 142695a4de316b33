import { StancemarkError } from '../../shared/errors'
import { isSharedFile } from '../storage/sharedFiles'
import type { Exclusive } from '../writeQueue'
import { commitChanges, type SyncAuthor } from './commitChanges'
import type { SyncFailure } from './syncFailure'
import { ensureRepository, type SyncRemote } from './syncRemote'
import {
  fetchRemote,
  mergeFetched,
  pushLocal,
  type Fetched,
  type Merged,
  type Pushed,
} from './syncSteps'

export interface SyncOptions {
  /** The folder whose shared files are synced. */
  dir: string
  remote: SyncRemote
  author: SyncAuthor
  /**
   * Which files (paths relative to `dir`, with `/`) travel; the rest stay on this machine.
   * @default storage's isSharedFile: the articles, registry.json and the .gitignore
   */
  isShared?: (path: string) => boolean
  now?: () => Date
  /**
   * The shared files that may have changed since the last commit, when the caller knows (their
   * stamps): only these are looked at. @default every shared file
   */
  changedPaths?: readonly string[]
}

export interface SyncDone {
  state: 'synced'
  /** Shared files that came in changed from the server. */
  pulled: number
  /** Shared files sent to the server. */
  pushed: number
  /** Files both sides had changed, merged by entity. */
  merged: number
  /** Conflicts the merges left for the analyst. */
  conflicts: number
}

export type SyncResult = SyncDone | SyncFailure

/**
 * One sync's steps. `commit` and `merge` change the folder's files or what git holds of them:
 * they run in turn with the saves (`turn`); `fetch` and `push` only talk to the server.
 */
export interface SyncSteps {
  /** The shared files that changed, committed. */
  commit(): Promise<void>
  fetch(): Promise<Fetched>
  /** What was saved since the commit, committed; then the fetched commit brought in. */
  merge(theirs: string | undefined): Promise<Merged>
  push(theirs: string | undefined): Promise<Pushed>
}

// Each try that finds the server moved on merges again; more than this and someone is racing us.
const ATTEMPTS = 5

/**
 * One sync in steps: commit (in turn), fetch, merge and write (in turn), push; a push refused
 * because the server moved is fetched, merged and pushed again. Offline or refused, it says so
 * and loses nothing: the local commit waits for the next sync.
 */
export async function syncRounds(steps: SyncSteps, turn: Exclusive): Promise<SyncResult> {
  await turn(() => steps.commit())
  const done: SyncDone = { state: 'synced', pulled: 0, pushed: 0, merged: 0, conflicts: 0 }
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const fetched = await steps.fetch()
    if (fetched.state !== 'fetched') return fetched
    const merged = await turn(() => steps.merge(fetched.theirs))
    done.pulled += merged.pulled
    done.merged += merged.merged
    done.conflicts += merged.conflicts
    if (!merged.ours || merged.ours === fetched.theirs) return done
    const pushed = await steps.push(fetched.theirs)
    if (pushed.state === 'moved') continue
    if (pushed.state !== 'pushed') return pushed
    done.pushed += pushed.pushed
    return done
  }
  throw new StancemarkError(
    'conflict',
    'The team archive kept changing while this sync ran. Your work is saved; sync again in a moment.',
  )
}

/**
 * One sync of a folder nothing else writes to meanwhile: the shared files that changed are
 * committed, the server's commits fetched and merged by entity, the result pushed.
 */
export async function syncWithRemote(options: SyncOptions): Promise<SyncResult> {
  const { dir, remote, author } = options
  const now = options.now ?? (() => new Date())
  const isShared = options.isShared ?? isSharedFile
  const steps: SyncSteps = {
    async commit() {
      await ensureRepository(dir, remote)
      await commitChanges(dir, isShared, author, now(), options.changedPaths)
    },
    fetch: () => fetchRemote(dir, remote),
    // Nothing saves here between the commit and the merge: nothing more to commit.
    merge: (theirs) => mergeFetched(dir, theirs, author, now(), isShared),
    push: (theirs) => pushLocal(dir, remote, theirs),
  }
  return syncRounds(steps, (job) => job())
}
