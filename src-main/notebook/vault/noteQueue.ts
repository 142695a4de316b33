import { StancemarkError } from '../../shared/errors'
import type { Manifest, NoteRecord } from './vaultManifest'
import type { NoteJob, NoteWritten } from './writeNote'

/** Notes being written at once. */
const WRITES_AT_ONCE = 16

export interface NoteQueueOptions {
  /** Stops between notes; notes already written stay (each is whole). */
  signal?: AbortSignal
  /** Notes done so far (made, or found as they were) of all. */
  onProgress?: (done: number, total: number) => void
  /** Awaited before each note is begun: a worker's way to keep pace with its main thread. */
  beforeNote?: () => Promise<void>
  /** Told of each note found as it was and not made: it counts as begun, and done. */
  onNoteKept?: () => void
}

/**
 * An export's notes as they are made and written (`write`: in other threads as well) while the
 * next ones are begun, up to WRITES_AT_ONCE at a time; each goes into the new `manifest` once
 * written. The first failure fails the export once the notes under way are whole.
 */
export class NoteQueue {
  readonly manifest: Manifest = new Map()
  done = 0
  made = 0
  written = 0
  readonly #writing = new Set<Promise<void>>()
  #failure: { error: unknown } | undefined

  readonly #write: (job: NoteJob) => Promise<NoteWritten>
  readonly #total: number
  readonly #options: NoteQueueOptions

  constructor(
    write: (job: NoteJob) => Promise<NoteWritten>,
    total: number,
    options: NoteQueueOptions,
  ) {
    this.#write = write
    this.#total = total
    this.#options = options
  }

  /** A note found as the manifest says it was made, from the same inputs: not made again. */
  keep(place: string, record: NoteRecord): void {
    this.manifest.set(place, record)
    this.#options.onNoteKept?.()
    this.#options.onProgress?.(++this.done, this.#total)
  }

  /** Makes and writes the note (`made`: what the manifest says of how, besides its bytes). */
  async put(place: string, job: NoteJob, made: Omit<NoteRecord, 'digest' | 'stamp'>) {
    await this.#options.beforeNote?.()
    if (this.#failure) return this.finished()
    if (this.#options.signal?.aborted) {
      await this.finished()
      throw new StancemarkError('conflict', 'Cancelled; the notes written so far are whole.')
    }
    this.made++
    const writes: Promise<void> = this.#write(job).then(
      ({ wrote, digest, stamp }) => {
        this.manifest.set(place, { digest, stamp, ...made })
        if (wrote) this.written++
        this.#options.onProgress?.(++this.done, this.#total)
      },
      (error: unknown) => {
        this.#failure ??= { error }
      },
    )
    this.#writing.add(writes)
    void writes.finally(() => this.#writing.delete(writes))
    if (this.#writing.size >= WRITES_AT_ONCE) await Promise.race(this.#writing)
  }

  /** Every note under way written; throws what failed one. */
  async finished(): Promise<void> {
    await Promise.all(this.#writing)
    if (this.#failure) throw this.#failure.error
  }

  /** Waits for the notes under way, whatever became of them (the export failed already). */
  async settled(): Promise<void> {
    await Promise.all(this.#writing)
  }
}
