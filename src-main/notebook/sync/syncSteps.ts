import git, { Errors } from 'isomorphic-git'
import type { SyncAuthor } from './commitChanges'
import { gitFs as fs } from './gitFs'
import { blobText, differingFiles, treeWith } from './gitTrees'
import { mergeCommits } from './mergeCommits'
import { syncFailure, type SyncFailure } from './syncFailure'
import { BRANCH, headOf, REMOTE, serverCall, type SyncRemote } from './syncRemote'
import { writeWorkingFiles } from './workingFiles'

// The steps of one sync, each on its own: the server's steps (fetch, push) touch no file a save
// writes, so they may run while the archive saves; the merge writes the folder's files and runs
// alone in the archive's write queue (see syncWithRemote's syncRounds).

/** The fetch's end: the server's commit (none: its repository is still empty), or why not. */
export type Fetched = { state: 'fetched'; theirs: string | undefined } | SyncFailure

/** What bringing the server's commit into ours did. */
export interface Merged {
  /** Where the branch is now. */
  ours: string | undefined
  /** Shared files written into the folder (pulled, merged, conflict copies). */
  written: string[]
  /** Files that came in changed from the server. */
  pulled: number
  /** Files both sides changed, merged by entity. */
  merged: number
  /** Conflicts the merges left for the analyst. */
  conflicts: number
}

/** The push's end: how many files went out, or the server moved since the fetch, or why not. */
export type Pushed = { state: 'pushed'; pushed: number } | { state: 'moved' } | SyncFailure

/** Fetches the server's branch. */
export async function fetchRemote(dir: string, remote: SyncRemote): Promise<Fetched> {
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
    return { state: 'fetched', theirs: fetched.fetchHead ?? undefined }
  } catch (thrown) {
    // A new team's empty repository has no branch yet: ours becomes its first.
    if (thrown instanceof Errors.NotFoundError) return { state: 'fetched', theirs: undefined }
    return syncFailure(thrown, remote.url)
  }
}

/**
 * Brings the fetched commit into the branch as it is now: fast-forward, or a merge by entity
 * (files written first, then the commit), or nothing when ours holds it already.
 */
export async function mergeFetched(
  dir: string,
  theirs: string | undefined,
  author: SyncAuthor,
  now: Date,
  isShared: (path: string) => boolean,
): Promise<Merged> {
  const ours = await headOf(dir)
  const none: Merged = { ours, written: [], pulled: 0, merged: 0, conflicts: 0 }
  if (!theirs || theirs === ours) return none
  // The history is walked by each call below: one cache spares reading its packs again each time.
  const cache = {}
  const holds = (oid: string, ancestor: string) =>
    git.isDescendent({ fs, dir, cache, oid, ancestor, depth: -1 })
  if (!ours || (await holds(theirs, ours))) return fastForward(dir, ours, theirs, isShared)
  if (await holds(ours, theirs)) return none
  return mergeWith(dir, ours, theirs, author, now, isShared, cache)
}

/** Pushes the branch; `theirs`, the server's commit it was fetched at, counts what went out. */
export async function pushLocal(
  dir: string,
  remote: SyncRemote,
  theirs: string | undefined,
): Promise<Pushed> {
  const ours = await headOf(dir)
  try {
    await git.push({
      ...serverCall(dir, remote),
      remote: REMOTE,
      ref: `refs/heads/${BRANCH}`,
      remoteRef: `refs/heads/${BRANCH}`,
    })
  } catch (thrown) {
    if (remoteMoved(thrown)) return { state: 'moved' }
    return syncFailure(thrown, remote.url)
  }
  if (!ours) return { state: 'pushed', pushed: 0 }
  const pushed = theirs
    ? (await differingFiles(dir, [theirs, ours])).size
    : (await git.listFiles({ fs, dir, ref: ours })).length
  return { state: 'pushed', pushed }
}

/** Takes the server's commit, which holds ours: its files written, then the branch moved. */
async function fastForward(
  dir: string,
  ours: string | undefined,
  theirs: string,
  isShared: (path: string) => boolean,
): Promise<Merged> {
  const changes = new Map<string, string | null>()
  const commits = ours ? [ours, theirs] : [theirs]
  for (const [path, oids] of await differingFiles(dir, commits))
    changes.set(path, (await blobText(dir, oids.at(-1))) ?? null)
  await writeWorkingFiles(dir, changes, isShared)
  await git.writeRef({ fs, dir, ref: `refs/heads/${BRANCH}`, value: theirs, force: true })
  const written = [...changes.keys()].filter(isShared)
  return { ours: theirs, written, pulled: changes.size, merged: 0, conflicts: 0 }
}

/** Merges the server's commit into ours: files written first, then the merge commit. */
async function mergeWith(
  dir: string,
  ours: string,
  theirs: string,
  author: SyncAuthor,
  now: Date,
  isShared: (path: string) => boolean,
  cache: object,
): Promise<Merged> {
  const [base] = await git.findMergeBase({ fs, dir, cache, oids: [ours, theirs] })
  const merge = await mergeCommits(dir, base as string | undefined, ours, theirs)
  await writeWorkingFiles(dir, merge.changes, isShared)
  const { commit } = await git.readCommit({ fs, dir, cache, oid: ours })
  const merged = await git.commit({
    fs,
    dir,
    cache,
    ref: `refs/heads/${BRANCH}`,
    tree: await treeWith(dir, commit.tree, merge.changes),
    parent: [ours, theirs],
    message: `Merge by ${author.name}: ${merge.merged} file${merge.merged === 1 ? '' : 's'} merged, ${merge.conflicts} conflict${merge.conflicts === 1 ? '' : 's'}`,
    author: { ...author, timestamp: Math.floor(now.getTime() / 1000), timezoneOffset: 0 },
  })
  return {
    ours: merged,
    written: [...merge.changes.keys()].filter(isShared),
    pulled: merge.changes.size,
    merged: merge.merged,
    conflicts: merge.conflicts,
  }
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
