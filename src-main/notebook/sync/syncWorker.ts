import { parentPort } from 'node:worker_threads'
import { crossed } from '../vault/vaultMessages'
import type { FromSyncWorker, ToSyncWorker } from './syncMessages'
import { joinTeam, syncFolder } from './syncJobs'

// isomorphic-git's work (hashing, packing, merging by entity) in a thread of its own, so the
// thread that answers the analyst stays free while an archive syncs.

const port = parentPort
if (!port) throw new Error('syncWorker runs as a worker thread')

port.on('message', (job: ToSyncWorker) => {
  const work = job.op === 'sync' ? syncFolder(job) : joinTeam(job.dir, job.remote)
  work.then(
    (value) => port.postMessage({ id: job.id, value } satisfies FromSyncWorker),
    (error: unknown) =>
      port.postMessage({ id: job.id, error: crossed(error) } satisfies FromSyncWorker),
  )
})
