import git from 'isomorphic-git'
import { syncFailure, type SyncFailure } from './syncFailure'
import { BRANCH, REMOTE, serverCall, type SyncRemote } from './syncRemote'

/** Takes a team's archive as it is into an empty folder (joining the team); answers its file count. */
export async function cloneRemote(
  dir: string,
  remote: SyncRemote,
): Promise<{ state: 'cloned'; files: number } | SyncFailure> {
  try {
    await git.clone({
      ...serverCall(dir, remote),
      url: remote.url,
      remote: REMOTE,
      ref: BRANCH,
      singleBranch: true,
      noTags: true,
    })
  } catch (thrown) {
    return syncFailure(thrown, remote.url)
  }
  const { fs } = serverCall(dir, remote)
  return { state: 'cloned', files: (await git.listFiles({ fs, dir, ref: BRANCH })).length }
}
