import { Worker } from 'node:worker_threads'
import { StancemarkError } from '../../shared/errors'
import type { Archive } from '../archive'
import type { VaultOptions, VaultReport } from './vault'
import { crossed, uncrossed, type FromVaultWorker, type ToVaultWorker } from './vaultMessages'
// A path the bundler makes (see modulePath.d.ts), not a module the linter can open.
// oxlint-disable-next-line import/default
import vaultWorkerPath from './vaultWorker?modulePath'

const stopped = (why: string) =>
  new StancemarkError(
    'internal',
    `The vault export stopped unexpectedly (${why}); the notes written so far are whole.`,
  )

/**
 * `exportVault` in a worker thread of its own: making ~12,000 notes at 10,000 articles takes
 * tens of seconds of Markdown and file work, and the thread that answers the analyst (opening,
 * saving, searching) should not share it. The worker reads the article files itself; one it
 * cannot read is asked of the archive here, which sets a damaged file aside and says why.
 */
export function exportVaultInThread(
  archive: Archive,
  folder: string,
  options: VaultOptions = {},
): Promise<VaultReport> {
  const worker = new Worker(vaultWorkerPath)
  const tell = (message: ToVaultWorker) => worker.postMessage(message)
  const cancel = () => tell({ type: 'cancel' })
  return new Promise<VaultReport>((resolve, reject) => {
    let settled = false
    let heard = 0
    const settle = (finish: () => void) => {
      if (settled) return
      settled = true
      options.signal?.removeEventListener('abort', cancel)
      void worker.terminate()
      finish()
    }
    worker.on('message', (message: FromVaultWorker) => {
      switch (message.type) {
        case 'progress':
          // Told in batches; the caller hears of every note, in order.
          while (heard < message.done) options.onProgress?.(++heard, message.total)
          tell({ type: 'heard', done: message.done })
          return
        case 'read':
          archive.readArticle(message.id).then(
            (article) => tell({ type: 'article', id: message.id, article }),
            (error: unknown) => tell({ type: 'article', id: message.id, error: crossed(error) }),
          )
          return
        case 'done':
          return settle(() => resolve(message.report))
        case 'failed':
          return settle(() => reject(uncrossed(message.error)))
      }
    })
    worker.on('error', (error) => settle(() => reject(stopped(error.message))))
    worker.on('exit', (exitCode) => settle(() => reject(stopped(`exit code ${exitCode}`))))
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
