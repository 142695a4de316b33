import git from 'isomorphic-git'
import http from 'isomorphic-git/http/node'
import { randomUUID } from 'node:crypto'
import { lstat, mkdir, readFile, rename, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { StancemarkError } from '../../shared/errors'
import { LOCAL_FOLDER } from '../storage/localCoder'
import { writeFileAtomically } from '../storage/writeFileAtomically'
import { cloneRemote } from './cloneRemote'
import { gitFs as fs } from './gitFs'
import { differingFiles } from './gitTrees'
import { changedSinceSync, forgetStamps, keepStamps } from './sharedStamps'
import type { JoinAnswer, SyncJob } from './syncMessages'
import { syncFailure } from './syncFailure'
import { BRANCH, ensureRepository, headOf, REMOTE, serverCall, type SyncRemote } from './syncRemote'
import { isSharedFile } from '../storage/sharedFiles'
import { commitChanges, type SyncAuthor } from './commitChanges'
import { mergeFetched, type Merged } from './syncSteps'
import { refreshIndex } from './workingFiles'

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

/**
 * Joining a team: the team's archive taken as it is. Its files are written into the folder first
 * (each whole), then its history moved in, so a join cut short leaves files the next sync merges
 * rather than a history that would count them as removed.
 */
export async function joinTeam(dir: string, remote: SyncRemote): Promise<JoinAnswer> {
  try {
    const refs = await git.listServerRefs({
      http,
      url: remote.url,
      onAuth: serverCall(dir, remote).onAuth,
      prefix: `refs/heads/${BRANCH}`,
    })
    if (refs.length === 0) return { state: 'empty' }
  } catch (thrown) {
    return syncFailure(thrown, remote.url)
  }
  const temp = join(dir, LOCAL_FOLDER, `joining-${randomUUID().slice(0, 8)}`)
  try {
    const cloned = await cloneRemote(temp, remote)
    if (cloned.state !== 'cloned') return cloned
    const written = (await git.listFiles({ fs, dir: temp, ref: BRANCH })).filter(isSharedFile)
    // A link would be followed on reading: a file of this computer would enter the archive and
    // go out with the next sync. Only plain files are taken.
    for (const path of written)
      if (!(await lstat(join(temp, path))).isFile())
        throw new StancemarkError(
          'invalid',
          `The team archive holds a link where a file should be (“${path}”): nothing of it was taken. Ask whoever runs the server to look at it.`,
        )
    for (const path of written) {
      await mkdir(dirname(join(dir, path)), { recursive: true })
      await writeFileAtomically(join(dir, path), await readFile(join(temp, path)))
    }
    await rm(join(dir, '.git'), { recursive: true, force: true })
    await rename(join(temp, '.git'), join(dir, '.git'))
    await refreshIndex(dir, written)
    return { state: 'joined', written }
  } finally {
    await rm(temp, { recursive: true, force: true })
  }
}
