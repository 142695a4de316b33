import git from 'isomorphic-git'
import http from 'isomorphic-git/http/node'
import { randomUUID } from 'node:crypto'
import { lstat, mkdir, readFile, rename, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { StancemarkError } from '../../shared/errors'
import { LOCAL_FOLDER } from '../storage/localCoder'
import { isSharedFile } from '../storage/sharedFiles'
import { writeFileAtomically } from '../storage/writeFileAtomically'
import { cloneRemote } from './cloneRemote'
import { gitFs as fs } from './gitFs'
import type { Cloned, JoinAnswer } from './syncMessages'
import { syncFailure } from './syncFailure'
import { BRANCH, serverCall, type SyncRemote } from './syncRemote'

// Joining a team, in two steps: the team's archive cloned beside the archive (in local/, while
// the analyst goes on saving), then taken in the write queue (cloneTeam, then takeTeam).

/** The team's archive cloned into a folder of local/, its shared files checked; or why not. */
export async function cloneTeam(dir: string, remote: SyncRemote): Promise<Cloned> {
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
  let kept = false
  try {
    const cloned = await cloneRemote(temp, remote)
    if (cloned.state !== 'cloned') return cloned
    const files = (await git.listFiles({ fs, dir: temp, ref: BRANCH })).filter(isSharedFile)
    // A link would be followed on reading: a file of this computer would enter the archive and
    // go out with the next sync. Only plain files are taken.
    for (const path of files)
      if (!(await lstat(join(temp, path))).isFile())
        throw new StancemarkError(
          'invalid',
          `The team archive holds a link where a file should be (“${path}”): nothing of it was taken. Ask whoever runs the server to look at it.`,
        )
    kept = true
    return { state: 'cloned', temp, files }
  } finally {
    if (!kept) await dropClone(temp)
  }
}

/**
 * The team's archive, cloned by cloneTeam, taken as it is. Its files are written into the folder
 * first (each whole), then its history moved in, so a join cut short leaves files the next sync
 * merges rather than a history that would count them as removed.
 */
export async function takeTeam(
  dir: string,
  clone: Extract<Cloned, { state: 'cloned' }>,
): Promise<JoinAnswer> {
  const { temp, files } = clone
  try {
    for (const path of files) {
      await mkdir(dirname(join(dir, path)), { recursive: true })
      await writeFileAtomically(join(dir, path), await readFile(join(temp, path)))
    }
    await rm(join(dir, '.git'), { recursive: true, force: true })
    await rename(join(temp, '.git'), join(dir, '.git'))
    return { state: 'joined', written: files }
  } finally {
    await dropClone(temp)
  }
}

/** A clone not taken (work was saved meanwhile: the archive is merged instead), removed. */
export async function dropClone(temp: string): Promise<null> {
  await rm(temp, { recursive: true, force: true })
  return null
}
