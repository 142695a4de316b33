import git from 'isomorphic-git'
import { isSharedFile } from '../storage/sharedFiles'
import { commitChanges, type SyncAuthor } from './commitChanges'
import { gitFs as fs } from './gitFs'
import { differingFiles } from './gitTrees'
import { changedSinceSync, forgetStamps, keepStamps } from './sharedStamps'
import type { SyncJob } from './syncMessages'
import { BRANCH, ensureRepository, headOf, REMOTE } from './syncRemote'
import { mergeFetched, type Merged } from './syncSteps'

/**
 * The archive's local changes committed, in the write queue: the shared files whose stamp
 * changed since the last look (all of them when that is not known), then the stamps kept as
 * the folder is now, which is what the branch holds.
 */
export async function commitFolder(job: Extract<SyncJob, { op: 'commit' }>): Promise<null> {
  await ensureRepository(job.dir, job.remote)
  await commitSinceStamps(job.dir, job.author, new Date(job.now))
  await keepStamps(job.dir, isSharedFile)
  return null
}

/**
 * The fetched commit brought into the archive, in the write queue: what was saved since the
 * sync's first commit (while it fetched) is committed first, so the merge takes it in.
 */
export async function mergeFolder(job: Extract<SyncJob, { op: 'merge' }>): Promise<Merged> {
  const now = new Date(job.now)
  await commitSinceStamps(job.dir, job.author, now)
  const merged = await mergeFetched(job.dir, job.theirs, job.author, now, isSharedFile)
  await keepStamps(job.dir, isSharedFile)
  return merged
}

async function commitSinceStamps(dir: string, author: SyncAuthor, now: Date): Promise<void> {
  const candidates = await changedSinceSync(dir, isSharedFile)
  // Until this step ends whole, the next look goes over every file.
  await forgetStamps(dir)
  await commitChanges(dir, isSharedFile, author, now, candidates)
}

/** Shared files committed here that the server's branch, as last fetched, does not have. */
export async function waitingFiles(dir: string): Promise<string[]> {
  const head = await headOf(dir)
  if (!head) return []
  let theirs: string | undefined
  try {
    theirs = await git.resolveRef({ fs, dir, ref: `refs/remotes/${REMOTE}/${BRANCH}` })
  } catch {
    theirs = undefined
  }
  if (theirs === head) return []
  return [...(await differingFiles(dir, theirs ? [theirs, head] : [head])).keys()]
}
