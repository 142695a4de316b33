import type { Worker } from 'node:worker_threads'
import type { SystemErrorParts } from './errorCode'
import { startWorker } from './workerThreads'
// A path the bundler makes (see modulePath.d.ts), not a module the linter can open.
// oxlint-disable-next-line import/default
import fileWorkerPath from './fileWorker?modulePath'

/** Reading and durably replacing whole small files, each as one call (FileThread). */
export interface FileIO {
  /** The file's text, or null when there is no such file. */
  read(file: string): Promise<string | null>
  /**
   * `text` to `temp`, flushed to the disk, renamed over `file`, and the folder flushed; answers
   * the new file's stamp (fileStamp).
   */
  replace(file: string, temp: string, text: string): Promise<string>
}

type Call =
  | { op: 'read'; file: string }
  | { op: 'replace'; file: string; temp: string; text: string }
  | { op: 'keep-all'; from: string; to: string }
  | { op: 'keep-first'; file: string }

export type FileCall = Call & { id: number }

export interface FileAnswer {
  id: number
  value?: string | number | null
  error?: { message: string } & SystemErrorParts
}

/**
 * The article files' reads and writes in a worker thread of their own, with synchronous calls:
 * one message each way instead of a save's nine trips to the thread pool (docs/performance.md).
 * Calls are answered in the order made, but for keepAll; if the worker ever ends, the calls under
 * way fail and the next call starts another.
 */
export class FileThread implements FileIO {
  #worker: Worker | undefined
  readonly #waiting = new Map<
    number,
    { resolve: (value: FileAnswer['value']) => void; reject: (error: Error) => void }
  >()
  readonly #pending = new Set<Promise<unknown>>()
  #next = 0
  #closed = false

  /** Starts the worker at once, so the first article opened after the archive does not wait for it. */
  constructor() {
    this.#start()
  }

  async read(file: string): Promise<string | null> {
    return (await this.#call({ op: 'read', file })) as string | null
  }

  async replace(file: string, temp: string, text: string): Promise<string> {
    return (await this.#call({ op: 'replace', file, temp, text })) as string
  }

  /**
   * Keeps every article file in the folder `from` as it is now in the folder `to` (keepCopy), a
   * few milliseconds' worth at a time, answering the calls made meanwhile in between. A file that
   * a later call replaces, or that keepFirst is told of, is kept before it changes. Answers how
   * many files were kept.
   */
  async keepAll(from: string, to: string): Promise<number> {
    return (await this.#call({ op: 'keep-all', from, to })) as number
  }

  /** Keeps `file` first where a keepAll under way has yet to, before it is moved or removed. */
  async keepFirst(file: string): Promise<void> {
    await this.#call({ op: 'keep-first', file })
  }

  /** Ends the worker once the calls made are answered; none may be made after. */
  async close(): Promise<void> {
    this.#closed = true
    await Promise.allSettled([...this.#pending])
    await this.#worker?.terminate()
  }

  #call(call: Call): Promise<FileAnswer['value']> {
    if (this.#closed) return Promise.reject(new Error('The archive was closed.'))
    const worker = this.#worker ?? this.#start()
    const id = this.#next++
    const answered = new Promise<FileAnswer['value']>((resolve, reject) => {
      // The process stays up while a file is being written; an idle worker does not hold it.
      if (this.#waiting.size === 0) worker.ref()
      this.#waiting.set(id, { resolve, reject })
      worker.postMessage({ ...call, id })
    })
    this.#pending.add(answered)
    const forget = () => this.#pending.delete(answered)
    answered.then(forget, forget)
    return answered
  }

  #start(): Worker {
    const worker = startWorker('files', fileWorkerPath)
    worker.unref()
    worker.on('message', (answer: FileAnswer) => this.#answered(worker, answer))
    const stop = (error: Error) => {
      if (this.#worker !== worker) return
      this.#worker = undefined
      for (const call of this.#waiting.values()) call.reject(error)
      this.#waiting.clear()
    }
    worker.on('error', (error) =>
      stop(new Error(`Reading and writing files stopped working (${error.message}).`)),
    )
    worker.on('exit', () => stop(new Error('Reading and writing files stopped.')))
    this.#worker = worker
    return worker
  }

  #answered(worker: Worker, answer: FileAnswer): void {
    const call = this.#waiting.get(answer.id)
    if (!call) return
    this.#waiting.delete(answer.id)
    if (this.#waiting.size === 0) worker.unref()
    if (!answer.error) return call.resolve(answer.value ?? null)
    // Callers tell a missing or locked file by its code, as with Node's own errors.
    const { message, ...parts } = answer.error
    call.reject(Object.assign(new Error(message), parts))
  }
}
