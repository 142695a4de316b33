import { EventEmitter } from 'node:events'
import { Worker, type WorkerOptions } from 'node:worker_threads'

/** The notebook's worker threads, by what they do. */
export type WorkerRole = 'files' | 'search' | 'vault' | 'vault helper' | 'import' | 'sync'

/**
 * Told of every worker thread the notebook starts. Nothing in the app listens; tests do, to end
 * one unasked as a crash would, and see that the analyst's work goes on.
 */
export const workerStarts = new EventEmitter<{ start: [role: WorkerRole, worker: Worker] }>()

/** A worker thread running the bundled module at `path` (see modulePath.d.ts). */
export function startWorker(role: WorkerRole, path: string, options?: WorkerOptions): Worker {
  const worker = new Worker(path, options)
  workerStarts.emit('start', role, worker)
  return worker
}
