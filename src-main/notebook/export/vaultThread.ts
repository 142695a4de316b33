import { Worker } from 'node:worker_threads'
import { StancemarkError } from '../../shared/errors'
import type { Archive } from '../archive'
import type { VaultOptions, VaultReport } from './vault'
import { crossed, uncrossed, type FromVaultWorker, type ToVaultWorker } from './vaultMessages'
// A path the bundler makes (see modulePath.d.ts), not a module the linter can open.
// oxlint-disable-next-line import/default
import vaultWorkerPath from './vaultWorker?modulePath'

/**
 * How long a worker is kept after an export, for the next one to find its code compiled: a
 * fresh worker makes its first notes with code not yet optimised (at 100 articles, 2,401 notes:
 * ~2.5 s in a fresh worker, ~1.3 s in one that has exported before).
 */
const KEPT_WARM_MS = 60_000

const stopped = (why: string) =>
  new StancemarkError(
    'internal',
    `The vault export stopped unexpectedly (${why}); the notes written so far are whole.`,
  )

/** One export in `worker`: answers its report, or rejects with what stopped it. */
function exportIn(
  worker: Worker,
  archive: Archive,
  folder: string,
  options: VaultOptions,
): Promise<VaultReport> {
  const tell = (message: ToVaultWorker) => worker.postMessage(message)
  const cancel = () => tell({ type: 'cancel' })
  return new Promise<VaultReport>((resolve, reject) => {
    let heard = 0
    let failedHere: { error: unknown } | undefined
    const onMessage = (message: FromVaultWorker) => {
      switch (message.type) {
        case 'progress':
          // Told in batches; the caller hears of every note, in order.
          if (failedHere) return
          try {
            while (heard < message.done) options.onProgress?.(++heard, message.total)
          } catch (error) {
            // What fails while hearing of progress fails the export, once the notes being
            // written are whole (a worker ended mid-write would leave their temp files).
            failedHere = { error }
            return cancel()
          }
          tell({ type: 'heard', done: message.done })
          return
        case 'read':
          archive.readArticle(message.id).then(
            (article) => tell({ type: 'article', id: message.id, article }),
            (error: unknown) => tell({ type: 'article', id: message.id, error: crossed(error) }),
          )
          return
        case 'done':
          return settle(() => (failedHere ? reject(failedHere.error) : resolve(message.report)))
        case 'failed':
          return settle(() => reject(failedHere ? failedHere.error : uncrossed(message.error)))
      }
    }
    const onError = (error: Error) => settle(() => reject(stopped(error.message)))
    const onExit = (exitCode: number) => settle(() => reject(stopped(`exit code ${exitCode}`)))
    const settle = (finish: () => void) => {
      worker.off('message', onMessage).off('error', onError).off('exit', onExit)
      options.signal?.removeEventListener('abort', cancel)
      finish()
    }
    worker.on('message', onMessage).on('error', onError).on('exit', onExit)
    options.signal?.addEventListener('abort', cancel)
    const { speakers, positions, articles } = archive.catalog
    tell({
      type: 'start',
      archiveDir: archive.dir,
      folder,
      catalog: { speakers, positions, articles },
    })
    if (options.signal?.aborted) cancel()
  })
}

/**
 * `exportVault` in a worker thread of its own: making ~12,000 notes at 10,000 articles takes
 * tens of seconds of Markdown and file work, and the thread that answers the analyst (opening,
 * saving, searching) should not share it. The worker reads the article files itself; one it
 * cannot read is asked of the archive here, which sets a damaged file aside and says why. After
 * an export its worker is kept a minute for the next; exports at once each have their own.
 */
export class VaultThread {
  readonly #archive: Archive
  #idle: { worker: Worker; timer: NodeJS.Timeout; onExit: () => void } | undefined
  #closed = false

  constructor(archive: Archive) {
    this.#archive = archive
  }

  async export(folder: string, options: VaultOptions = {}): Promise<VaultReport> {
    if (this.#closed) throw new StancemarkError('conflict', 'This archive has been closed.')
    const worker = this.#take()
    try {
      const report = await exportIn(worker, this.#archive, folder, options)
      this.#keep(worker)
      return report
    } catch (error) {
      // A worker whose export failed is not trusted with another.
      void worker.terminate()
      throw error
    }
  }

  async close(): Promise<void> {
    this.#closed = true
    const idle = this.#idle
    this.#idle = undefined
    if (!idle) return
    clearTimeout(idle.timer)
    await idle.worker.terminate()
  }

  #take(): Worker {
    const idle = this.#idle
    this.#idle = undefined
    if (!idle) return new Worker(vaultWorkerPath)
    clearTimeout(idle.timer)
    idle.worker.off('exit', idle.onExit)
    idle.worker.ref()
    return idle.worker
  }

  #keep(worker: Worker): void {
    if (this.#closed || this.#idle) return void worker.terminate()
    const timer = setTimeout(() => {
      if (this.#idle?.worker === worker) this.#idle = undefined
      void worker.terminate()
    }, KEPT_WARM_MS)
    timer.unref()
    const onExit = () => {
      if (this.#idle?.worker === worker) this.#idle = undefined
    }
    // Kept waiting, it does not keep the app from quitting.
    worker.unref()
    worker.once('exit', onExit)
    this.#idle = { worker, timer, onExit }
  }
}
