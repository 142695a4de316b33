import git, { Errors } from 'isomorphic-git'
import { StancemarkError } from '../../shared/errors'
import { commitChanges, type SyncAuthor } from './commitChanges'
import { gitFs as fs } from './gitFs'
import { differingFiles, blobText, treeWith } from './gitTrees'
import { isSharedFile } from '../storage/sharedFiles'
import { mergeCommits } from './mergeCommits'
import { syncFailure, type SyncFailure } from './syncFailure'
import { BRANCH, ensureRepository, headOf, REMOTE, serverCall, type SyncRemote } from './syncRemote'
import { writeWorkingFiles } from './workingFiles'

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
  /** Told where the branch is once the local changes are committed, before the server is asked. */
  committed?: (head: string | undefined) => void
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

// Each try that finds the server moved on merges again; more than this and someone is racing us.
const ATTEMPTS = 5

/**
 * One sync: the shared files that changed are committed, the server's commits fetched and
 * merged by entity, the result pushed. Offline or refused, it says so and loses nothing: the
 * local commit waits for the next sync.
 */
export async function syncWithRemote(options: SyncOptions): Promise<SyncResult> {
  const { dir, remote, author } = options
  const now = options.now ?? (() => new Date())
  await ensureRepository(dir, remote)
  const isShared = options.isShared ?? isSharedFile
  await commitChanges(dir, isShared, author, now(), options.changedPaths)
  options.committed?.(await headOf(dir))
  const done: SyncDone = { state: 'synced', pulled: 0, pushed: 0, merged: 0, conflicts: 0 }
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    let theirs: string | undefined
    try {
      const fetched = await git.fetch({
        ...serverCall(dir, remote),
        remote: REMOTE,
        ref: `refs/heads/${BRANCH}`,
        // Not singleBranch: with it isomorphic-git tells the server only our branch's tip, a
        // commit the server has not seen yet, and the server sends the whole history back.
        // Every ref is told instead, the server's last tip among them.
        singleBranch: false,
        tags: false,
      })
      theirs = fetched.fetchHead ?? undefined
    } catch (thrown) {
      // A new team's empty repository has no branch yet: ours becomes its first.
      if (!(thrown instanceof Errors.NotFoundError)) return syncFailure(thrown, remote.url)
    }
    let ours = await headOf(dir)
    if (theirs && theirs !== ours) {
      if (!ours || (await git.isDescendent({ fs, dir, oid: theirs, ancestor: ours, depth: -1 })))
        ours = await fastForward(dir, ours, theirs, done, isShared)
      else if (!(await git.isDescendent({ fs, dir, oid: ours, ancestor: theirs, depth: -1 })))
        ours = await mergeWith(dir, ours, theirs, author, now(), done, isShared)
    }
    if (!ours || ours === theirs) return done
    try {
      await git.push({
        ...serverCall(dir, remote),
        remote: REMOTE,
        ref: `refs/heads/${BRANCH}`,
        remoteRef: `refs/heads/${BRANCH}`,
      })
      done.pushed += theirs
        ? (await differingFiles(dir, [theirs, ours])).size
        : await fileCount(dir, ours)
      return done
    } catch (thrown) {
      if (remoteMoved(thrown)) continue
      return syncFailure(thrown, remote.url)
    }
  }
  throw new StancemarkError(
    'conflict',
    'The team archive kept changing while this sync ran. Your work is saved; sync again in a moment.',
  )
}

/** Takes the server's commit, which holds ours: its files written, then the branch moved. */
async function fastForward(
  dir: string,
  ours: string | undefined,
  theirs: string,
  done: SyncDone,
  isShared: (path: string) => boolean,
): Promise<string> {
  const changes = new Map<string, string | null>()
  const commits = ours ? [ours, theirs] : [theirs]
  for (const [path, oids] of await differingFiles(dir, commits))
    changes.set(path, (await blobText(dir, oids.at(-1))) ?? null)
  await writeWorkingFiles(dir, changes, isShared)
  await git.writeRef({ fs, dir, ref: `refs/heads/${BRANCH}`, value: theirs, force: true })
  done.pulled += changes.size
  return theirs
}

/** Merges the server's commit into ours: files written first, then the merge commit. */
async function mergeWith(
  dir: string,
  ours: string,
  theirs: string,
  author: SyncAuthor,
  now: Date,
  done: SyncDone,
  isShared: (path: string) => boolean,
): Promise<string> {
  const [base] = await git.findMergeBase({ fs, dir, oids: [ours, theirs] })
  const merge = await mergeCommits(dir, base as string | undefined, ours, theirs)
  await writeWorkingFiles(dir, merge.changes, isShared)
  const { commit } = await git.readCommit({ fs, dir, oid: ours })
  const merged = await git.commit({
    fs,
    dir,
    ref: `refs/heads/${BRANCH}`,
    tree: await treeWith(dir, commit.tree, merge.changes),
    parent: [ours, theirs],
    message: `Merge by ${author.name}: ${merge.merged} file${merge.merged === 1 ? '' : 's'} merged, ${merge.conflicts} conflict${merge.conflicts === 1 ? '' : 's'}`,
    author: { ...author, timestamp: Math.floor(now.getTime() / 1000), timezoneOffset: 0 },
  })
  done.pulled += merge.changes.size
  done.merged += merge.merged
  done.conflicts += merge.conflicts
  return merged
}

/** Whether a push was turned away because the branch moved on the server since we fetched. */
function remoteMoved(thrown: unknown): boolean {
  if (thrown instanceof Errors.PushRejectedError) return true
  if (!(thrown instanceof Errors.GitPushError)) return false
  const refs = Object.values(thrown.data.result.refs ?? {})
  return refs.some(
    (ref) => !ref.ok && /fast-forward|fetch first|failed to update|stale/i.test(ref.error ?? ''),
  )
}

async function fileCount(dir: string, commit: string): Promise<number> {
  return (await git.listFiles({ fs, dir, ref: commit })).length
}
