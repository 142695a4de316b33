/** How long a put-off write waits for changes to stop, and how long it may be put off at most. */
export interface LaterWriteOptions {
  /** @default 1000 */
  delayMs?: number
  /** @default 10_000 */
  atLatestMs?: number
}

/**
 * A write put off until changes stop for a moment (never for longer than `atLatestMs` while they
 * go on), or until `flush`. For files whose content can be rebuilt if the process dies first.
 */
export class LaterWrite {
  readonly #write: () => Promise<void>
  readonly #delay: number
  readonly #atLatest: number
  #timer: NodeJS.Timeout | undefined
  #pendingSince = 0
  #running: Promise<void> = Promise.resolve()

  constructor(write: () => Promise<void>, options: LaterWriteOptions = {}) {
    this.#write = write
    this.#delay = options.delayMs ?? 1000
    this.#atLatest = options.atLatestMs ?? 10_000
  }

  get pending(): boolean {
    return this.#timer !== undefined
  }

  schedule(): void {
    const now = Date.now()
    if (!this.#timer) this.#pendingSince = now
    clearTimeout(this.#timer)
    const delay = now - this.#pendingSince >= this.#atLatest ? 0 : this.#delay
    this.#timer = setTimeout(() => void this.#run(), delay)
    this.#timer.unref()
  }

  /** Something else wrote everything: nothing is left to write. */
  cancel(): void {
    clearTimeout(this.#timer)
    this.#timer = undefined
  }

  /** Writes now what is put off, and waits for a write under way. */
  async flush(): Promise<void> {
    if (this.#timer) await this.#run()
    else await this.#running
  }

  #run(): Promise<void> {
    this.cancel()
    this.#running = this.#running.then(() =>
      this.#write().catch((error: unknown) =>
        console.error('stancemark: a put-off write failed', error),
      ),
    )
    return this.#running
  }
}
