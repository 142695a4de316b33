import type { Worker } from 'node:worker_threads'
import type { SearchFields, SearchPage } from './searchIndex'
import { startWorker } from '../storage/workerThreads'
// A path the bundler makes (see modulePath.d.ts), not a module the linter can open.
// oxlint-disable-next-line import/default
import searchWorkerPath from './searchWorker?modulePath'
import { StampedIds } from './stampedIds'

/** What the main thread asks of the search worker. */
export type SearchCall =
  | { op: 'load'; file: string }
  | { op: 'set'; id: string; stamp: string; fields: SearchFields }
  | { op: 'remove'; id: string }
  | { op: 'search'; text: string; enough: number; limit: number; among?: string[] }
  | { op: 'rank'; text: string }
  | { op: 'write'; file: string }

export interface SearchAnswer {
  id: number
  value?: unknown
  error?: string
}

export type Ranking = { ids: string[]; scores: Float64Array }

/**
 * A search's garbage is ~10,000 short-lived results at 10,000 articles: a young generation that
 * holds them all lets each die young instead of being copied into the old one (~20 → ~13 ms).
 */
const YOUNG_GENERATION_MB = 64

/**
 * The full-text index (SearchIndex) in a worker thread: loading it, indexing a saved article,
 * searching and writing its file cost the thread that answers the analyst nothing but messages.
 * Which version of each article is indexed is kept here too, so comparing with the catalog
 * needs no message. Calls are answered in the order they were made.
 */
export class SearchThread extends StampedIds {
  /** Whether the index was read from its file or is being rebuilt (missing, damaged, another version). */
  readonly loaded: Promise<'file' | 'rebuilt'>
  readonly #worker: Worker
  readonly #waiting = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void }
  >()
  #next = 0
  #stopped: Error | undefined

  /** Starts the worker and reads `file` in it; `onStop` hears if the worker ends unasked. */
  constructor(file: string, onStop: (error: Error) => void) {
    super()
    this.#worker = startWorker('search', searchWorkerPath, {
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    })
    // The app may quit without closing the archive; its files stay as good as they were.
    this.#worker.unref()
    this.#worker.on('message', (answer: SearchAnswer) => this.#answered(answer))
    const stop = (error: Error) => {
      if (this.#stopped) return
      this.#stopped = error
      for (const call of this.#waiting.values()) call.reject(error)
      this.#waiting.clear()
      onStop(error)
    }
    this.#worker.on('error', (error) =>
      stop(new Error(`The search index stopped working (${error.message}); it is being rebuilt.`)),
    )
    this.#worker.on('exit', () => stop(new Error('The search index was closed.')))
    this.loaded = (
      this.#call({ op: 'load', file }) as Promise<{
        loaded: 'file' | 'rebuilt'
        stamps: [string, string][]
      }>
    ).then(({ loaded, stamps }) => {
      for (const [id, stamp] of stamps) this.stamps.set(id, stamp)
      return loaded
    })
  }

  set(id: string, stamp: string, fields: SearchFields): void {
    this.stamps.set(id, stamp)
    void this.#call({ op: 'set', id, stamp, fields }).catch(() => undefined)
  }

  remove(id: string): void {
    this.stamps.delete(id)
    void this.#call({ op: 'remove', id }).catch(() => undefined)
  }

  /**
   * The best `limit` articles matching every word, and how many match; typos forgiven when fewer
   * than `enough` match.
   */
  search(text: string, enough: number, limit: number, among?: string[]): Promise<SearchPage> {
    return this.#call({ op: 'search', text, enough, limit, among }) as Promise<SearchPage>
  }

  /** Every article matching every word, with its score. */
  rank(text: string): Promise<Ranking> {
    return this.#call({ op: 'rank', text }) as Promise<Ranking>
  }

  /** Writes the index as it is at this call, atomically and durably, while other calls go on. */
  write(file: string): Promise<void> {
    return this.#call({ op: 'write', file }) as Promise<void>
  }

  /** Ends the worker; calls not yet answered are refused. */
  async close(): Promise<void> {
    await this.#worker.terminate()
  }

  #call(call: SearchCall): Promise<unknown> {
    if (this.#stopped) return Promise.reject(this.#stopped)
    const id = this.#next++
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject })
      this.#worker.postMessage({ id, call })
    })
  }

  #answered(answer: SearchAnswer): void {
    const call = this.#waiting.get(answer.id)
    if (!call) return
    this.#waiting.delete(answer.id)
    if (answer.error === undefined) call.resolve(answer.value)
    else call.reject(new Error(answer.error))
  }
}
