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
import type { JoinAnswer, SyncAnswer, SyncJob } from './syncMessages'
import { syncFailure } from './syncFailure'
import { BRANCH, headOf, REMOTE, serverCall, type SyncRemote } from './syncRemote'
import { isSharedFile } from '../storage/sharedFiles'
import { syncWithRemote } from './syncWithRemote'

/** One sync of the archive folder, and which shared files it wrote and which still wait. */
export async function syncFolder(job: Extract<SyncJob, { op: 'sync' }>): Promise<SyncAnswer> {
  const { dir, remote, author } = job
  const now = () => new Date(job.now)
  // Where the local changes' commit left the branch: what the sync wrote is the rest of the way.
  let committed: string | undefined
  const candidates = await changedSinceSync(dir, isSharedFile)
  // Until this sync ends whole, the next one looks over every file.
  await forgetStamps(dir)
  const result = await syncWithRemote({
    dir,
    remote,
    author,
    now,
    isShared: isSharedFile,
    ...(candidates && { changedPaths: candidates }),
    committed: (head) => (committed = head),
  })
  await keepStamps(dir, isSharedFile)
  const after = await headOf(dir)
  let written: string[] = []
  if (after && after !== committed)
    written = [...(await differingFiles(dir, committed ? [committed, after] : [after])).keys()]
  const waiting = result.state === 'synced' ? [] : await waitingFiles(dir)
  return { ...result, written, waiting }
}

/** Shared files committed here that the server's branch, as last fetched, does not have. */
async function waitingFiles(dir: string): Promise<string[]> {
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
    return { state: 'joined', written }
  } finally {
    await rm(temp, { recursive: true, force: true })
  }
}
