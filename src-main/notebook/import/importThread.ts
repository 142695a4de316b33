import type { Worker } from 'node:worker_threads'
import { StancemarkError } from '../../shared/errors'
import { uncrossed, type CrossedError } from '../vault/vaultMessages'
import { startWorker } from '../storage/workerThreads'
import { importRefusal, type ImportSubject } from './importRefusal'
import type { ImportSource, ReadImport } from './readImport'
// A path the bundler makes (see modulePath.d.ts), not a module the linter can open.
// oxlint-disable-next-line import/default
import importWorkerPath from './importWorker?modulePath'

export interface ImportCall {
  id: number
  input: ImportSource
}

export type ImportAnswer = { id: number; read: ReadImport } | { id: number; error: CrossedError }

/** How long the worker is kept after an import, so that a folder's files do not each start one. */
const KEPT_WARM_MS = 60_000

/**
 * The worker's heap: a crafted file that would need more ends the worker, not the app. The
 * largest .docx Stancemark takes fits with room to spare.
 */
const HEAP_MB = 2048

function subjectOf(input: ImportSource): ImportSubject {
  if (!input.file) return { kind: 'paste', name: 'pasted text' }
  return { kind: 'file', name: input.file.name.split(/[\\/]/).pop() || input.file.name }
}

/**
 * Imported files and pasted text read into article bodies (readImport) in a worker thread: a
 * long .docx or web page takes seconds of parsing and cleaning, during which the thread that
 * answers the analyst, the window and the local host's callers goes on answering. The worker
 * starts with the first import and ends a minute after the last. If it ends unasked (a file that
 * needs more memory than HEAP_MB), the imports under way are refused in words and the next
 * import starts another.
 */
export class ImportThread {
  #worker: Worker | undefined
  readonly #waiting = new Map<
    number,
    { subject: ImportSubject; resolve: (read: ReadImport) => void; reject: (e: Error) => void }
  >()
  #next = 0
  #idle: NodeJS.Timeout | undefined
  #closed = false

  read(input: ImportSource): Promise<ReadImport> {
    if (this.#closed)
      return Promise.reject(new StancemarkError('conflict', 'This archive has been closed.'))
    const worker = this.#worker ?? this.#start()
    clearTimeout(this.#idle)
    // The process stays up while a file is read; a worker kept waiting does not hold it.
    if (this.#waiting.size === 0) worker.ref()
    const id = this.#next++
    return new Promise<ReadImport>((resolve, reject) => {
      this.#waiting.set(id, { subject: subjectOf(input), resolve, reject })
      worker.postMessage({ id, input } satisfies ImportCall)
    })
  }

  /** Ends the worker; the imports being read are refused. */
  async close(): Promise<void> {
    this.#closed = true
    const worker = this.#worker
    this.#worker = undefined
    clearTimeout(this.#idle)
    for (const call of this.#waiting.values())
      call.reject(new StancemarkError('conflict', 'The archive was closed before the import.'))
    this.#waiting.clear()
    await worker?.terminate()
  }

  #start(): Worker {
    const worker = startWorker('import', importWorkerPath, {
      resourceLimits: { maxOldGenerationSizeMb: HEAP_MB },
    })
    worker.on('message', (answer: ImportAnswer) => this.#answered(worker, answer))
    worker.on('error', (error) => this.#stopped(worker, error))
    worker.on('exit', () => this.#stopped(worker))
    this.#worker = worker
    return worker
  }

  #stopped(worker: Worker, error?: Error): void {
    if (this.#worker !== worker) return
    this.#worker = undefined
    clearTimeout(this.#idle)
    const outOfMemory =
      (error as { code?: string } | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY'
    for (const { subject, reject } of this.#waiting.values()) {
      reject(
        outOfMemory
          ? importRefusal(
              'too-large',
              subject,
              'needs more memory to read than Stancemark gives one import, so nothing was imported. Split it into smaller files and import each.',
            )
          : importRefusal(
              'internal',
              subject,
              'could not be read: reading it stopped unexpectedly. Nothing was imported; try again.',
            ),
      )
    }
    this.#waiting.clear()
  }

  #answered(worker: Worker, answer: ImportAnswer): void {
    const call = this.#waiting.get(answer.id)
    if (!call) return
    this.#waiting.delete(answer.id)
    if (this.#waiting.size === 0) {
      worker.unref()
      this.#idle = setTimeout(() => {
        if (this.#worker !== worker || this.#waiting.size > 0) return
        this.#worker = undefined
        void worker.terminate()
      }, KEPT_WARM_MS).unref()
    }
    if ('error' in answer) call.reject(uncrossed(answer.error))
    else call.resolve(answer.read)
  }
}
