import { parentPort } from 'node:worker_threads'
import { crossed } from '../vault/vaultMessages'
import type { FromSyncWorker, SyncJob, SyncJobAnswers, ToSyncWorker } from './syncMessages'
import { cloneTeam, dropClone, takeTeam } from './joinTeam'
import { commitFolder, mergeFolder, waitingFiles } from './syncJobs'
import { fetchRemote, pushLocal } from './syncSteps'
import { changedSinceSync } from './sharedStamps'
import { isSharedFile } from '../storage/sharedFiles'

// isomorphic-git's work (hashing, packing, merging by entity) in a thread of its own, so the
// thread that answers the analyst stays free while an archive syncs.

const port = parentPort
if (!port) throw new Error('syncWorker runs as a worker thread')

function run(job: SyncJob): Promise<SyncJobAnswers[SyncJob['op']]> {
  switch (job.op) {
    case 'commit':
      return commitFolder(job)
    case 'fetch':
      return fetchRemote(job.dir, job.remote)
    case 'merge':
      return mergeFolder(job)
    case 'push':
      return pushLocal(job.dir, job.remote, job.theirs)
    case 'waiting':
      return waitingFiles(job.dir)
    case 'changed':
      return changedSinceSync(job.dir, isSharedFile, { look: false }).then((paths) => paths ?? null)
    case 'clone':
      return cloneTeam(job.dir, job.remote)
    case 'take':
      return takeTeam(job.dir, job.clone)
    case 'drop':
      return dropClone(job.temp)
  }
}

port.on('message', (job: ToSyncWorker) => {
  run(job).then(
    (value) => port.postMessage({ id: job.id, value } satisfies FromSyncWorker),
    (error: unknown) =>
      port.postMessage({ id: job.id, error: crossed(error) } satisfies FromSyncWorker),
  )
})
