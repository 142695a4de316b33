import type { Worker } from 'node:worker_threads'
import { uncrossed } from '../vault/vaultMessages'
import { startWorker } from '../storage/workerThreads'
import type { FromSyncWorker, SyncJob, SyncJobAnswers } from './syncMessages'
// A path the bundler makes (see modulePath.d.ts), not a module the linter can open.
// oxlint-disable-next-line import/default
import syncWorkerPath from './syncWorker?modulePath'

/**
 * The archive's syncs in a worker thread of their own (isomorphic-git's hashing and packing, the
 * merges by entity): the thread answering the analyst stays free. Started at the first sync and
 * kept; it does not hold the process up while idle. A worker that ends fails the job under way
 * and the next job starts another.
 */
export class SyncThread {
  #worker: Worker | undefined
  readonly #waiting = new Map<
    number,
    { resolve: (v: unknown) => void; reject: (e: Error) => void }
  >()
  #next = 0

  /** One job in the worker: a step of a sync, or joining a team. */
  run<Job extends SyncJob>(job: Job): Promise<SyncJobAnswers[Job['op']]> {
    return this.#run(job) as Promise<SyncJobAnswers[Job['op']]>
  }

  async close(): Promise<void> {
    const worker = this.#worker
    this.#worker = undefined
    await worker?.terminate()
  }

  #run(job: SyncJob): Promise<unknown> {
    const worker = this.#worker ?? this.#start()
    const id = this.#next++
    return new Promise((resolve, reject) => {
      if (this.#waiting.size === 0) worker.ref()
      this.#waiting.set(id, { resolve, reject })
      worker.postMessage({ ...job, id })
    })
  }

  #start(): Worker {
    const worker = startWorker('sync', syncWorkerPath)
    worker.unref()
    worker.on('message', (answer: FromSyncWorker) => {
      const call = this.#waiting.get(answer.id)
      if (!call) return
      this.#waiting.delete(answer.id)
      if (this.#waiting.size === 0) worker.unref()
      if ('error' in answer) call.reject(uncrossed(answer.error))
      else call.resolve(answer.value)
    })
    const stop = (error: Error) => {
      if (this.#worker === worker) this.#worker = undefined
      for (const call of this.#waiting.values()) call.reject(error)
      this.#waiting.clear()
    }
    worker.on('error', (error) =>
      stop(new Error(`Syncing stopped unexpectedly (${error.message}).`)),
    )
    worker.on('exit', () => stop(new Error('Syncing stopped unexpectedly.')))
    this.#worker = worker
    return worker
  }
}
