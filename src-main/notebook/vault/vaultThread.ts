import { availableParallelism } from 'node:os'
import { MessageChannel, type MessagePort, type Worker } from 'node:worker_threads'
import { StancemarkError } from '../../shared/errors'
import type { ArticleSummary } from '../../shared/model'
import { readerOf } from '../registry/coders'
import type { Archive } from '../storage/archive'
import { startWorker } from '../storage/workerThreads'
import type { VaultOptions, VaultReport } from './vault'
import {
  crossed,
  uncrossed,
  type FromVaultWorker,
  type ToVaultWorker,
  type VaultCatalog,
} from './vaultMessages'
// A path the bundler makes (see modulePath.d.ts), not a module the linter can open.
// oxlint-disable-next-line import/default
import vaultWorkerPath from './vaultWorker?modulePath'

/**
 * How long a worker is kept after an export, for the next one to find its code compiled (a fresh
 * worker's first notes are slower: docs/performance.md).
 */
const KEPT_WARM_MS = 60_000

/**
 * Vault workers that write an export's Markdown beside the one making it: one per core the
 * others leave, and no more than 3, as the one making the vault then has its own hands full
 * (reading the articles, the notes' properties, writing the files).
 */
const HELPERS = Math.min(3, availableParallelism() - 1)

/** The workers of one export: the one that makes the vault, and its helpers. */
interface Crew {
  lead: Worker
  helpers: Worker[]
  /** Whether the lead has stopped (a crew kept waiting can lose it). */
  ended: boolean
}

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
  helpers: MessagePort[],
  only: string[] | undefined,
  live: boolean,
  articles: Pick<Extract<ToVaultWorker, { type: 'start' }>, 'changed'> & {
    articles?: VaultCatalog['articles']
  },
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
            // (Counted apart from the call: `?.` would skip the count with no one to tell.)
            while (heard < message.done) {
              heard++
              options.onProgress?.(heard, message.total)
            }
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
    const { speakers, positions, coders } = archive.catalog
    const start: ToVaultWorker = {
      type: 'start',
      archiveDir: archive.dir,
      folder,
      catalog: {
        speakers,
        positions,
        articles: articles.articles,
        coders,
        reader: readerOf(archive),
      },
      changed: articles.changed,
      helpers,
      only,
      live,
    }
    worker.postMessage(start, helpers)
    if (options.signal?.aborted) cancel()
  })
}

/**
 * `exportVault` in a worker thread of its own: a large vault is long Markdown and file work, and
 * the thread that answers the analyst (opening, saving, searching) should not share it. The worker reads the article files itself; one it
 * cannot read is asked of the archive here, which sets a damaged file aside and says why. Its
 * helpers (other vault workers, one per spare core) write notes' Markdown meanwhile; a helper
 * that stops leaves its notes to the others. After an export its workers are kept a minute for
 * the next; exports at once each have their own, but one into the same folder as another waits
 * for it.
 */
export class VaultThread {
  readonly #archive: Archive
  #idle: { crew: Crew; timer: NodeJS.Timeout } | undefined
  /** The export into each folder under way: another into the same folder waits for it. */
  readonly #exporting = new Map<string, Promise<unknown>>()
  #closed = false
  /**
   * A live vault's: its workers are kept until closed, and remember every article's statements
   * for the next update (see `updateVault`).
   */
  readonly #live: boolean
  /**
   * The articles' summaries a live vault's worker was told last, in a run that went through: the
   * next update tells it only those that changed since.
   */
  #told: { lead: Worker; folder: string; articles: Map<string, ArticleSummary> } | undefined

  constructor(archive: Archive, { live = false }: { live?: boolean } = {}) {
    this.#archive = archive
    this.#live = live
  }

  /**
   * The vault written into `folder`; with `only`, a live update after saves of those articles
   * (see `updateVault`).
   */
  async export(folder: string, options: VaultOptions = {}, only?: string[]): Promise<VaultReport> {
    const before = this.#exporting.get(folder)
    const mine = (async () => {
      await before?.catch(() => undefined)
      return this.#exportNow(folder, options, only)
    })()
    this.#exporting.set(folder, mine)
    try {
      return await mine
    } finally {
      if (this.#exporting.get(folder) === mine) this.#exporting.delete(folder)
    }
  }

  async #exportNow(
    folder: string,
    options: VaultOptions,
    only: string[] | undefined,
  ): Promise<VaultReport> {
    if (this.#closed) throw new StancemarkError('conflict', 'This archive has been closed.')
    const crew = this.#take()
    const channels = crew.helpers.map((helper) => {
      const channel = new MessageChannel()
      const serve: ToVaultWorker = { type: 'serve', port: channel.port1 }
      helper.postMessage(serve, [channel.port1])
      return channel.port2
    })
    const told = this.#told
    this.#told = undefined
    const { articles } = this.#archive.catalog
    const changed =
      this.#live && only && told?.lead === crew.lead && told.folder === folder
        ? changedSince(told.articles, articles, only)
        : undefined
    // Taken now, as sent: the archive may change while the worker is at it.
    const sent = changed ? told!.articles : new Map(Object.entries(articles))
    try {
      const report = await exportIn(
        crew.lead,
        this.#archive,
        folder,
        options,
        channels,
        only,
        this.#live,
        changed ? { changed } : { articles },
      )
      if (this.#live) {
        for (const [id, summary] of Object.entries(changed ?? {}))
          if (summary) sent.set(id, summary)
          else sent.delete(id)
        this.#told = { lead: crew.lead, folder, articles: sent }
      }
      this.#keep(crew)
      return report
    } catch (error) {
      // Workers whose export failed are not trusted with another; they have stopped before the
      // next export into the folder begins (a helper may still have been writing a note).
      await end(crew)
      throw error
    }
  }

  async close(): Promise<void> {
    this.#closed = true
    const idle = this.#idle
    this.#idle = undefined
    if (!idle) return
    clearTimeout(idle.timer)
    await end(idle.crew)
  }

  #take(): Crew {
    const idle = this.#idle
    this.#idle = undefined
    if (idle) clearTimeout(idle.timer)
    if (!idle || idle.crew.ended) {
      if (idle) void end(idle.crew)
      return newCrew()
    }
    for (const worker of [idle.crew.lead, ...idle.crew.helpers]) worker.ref()
    return idle.crew
  }

  #keep(crew: Crew): void {
    if (this.#closed || this.#idle) return void end(crew)
    const timer = setTimeout(
      () => {
        if (this.#idle?.crew === crew) this.#idle = undefined
        void end(crew)
      },
      this.#live ? 2 ** 31 - 1 : KEPT_WARM_MS,
    )
    timer.unref()
    // Kept waiting, they do not keep the app from quitting.
    for (const worker of [crew.lead, ...crew.helpers]) worker.unref()
    this.#idle = { crew, timer }
  }
}

/** The summaries that differ from those `told` (null: gone), and those of the articles `only`. */
function changedSince(
  told: ReadonlyMap<string, ArticleSummary>,
  articles: Readonly<Record<string, ArticleSummary>>,
  only: readonly string[],
): Record<string, ArticleSummary | null> {
  const changed: Record<string, ArticleSummary | null> = {}
  for (const id of only) changed[id] = articles[id] ?? null
  for (const [id, summary] of told) if (articles[id] !== summary) changed[id] = articles[id] ?? null
  for (const id of Object.keys(articles)) if (!told.has(id)) changed[id] = articles[id]
  return changed
}

function newCrew(): Crew {
  const crew: Crew = { lead: startWorker('vault', vaultWorkerPath), helpers: [], ended: false }
  // Heard during an export by `exportIn`; meanwhile, the crew is not used again.
  crew.lead.on('error', () => (crew.ended = true)).on('exit', () => (crew.ended = true))
  for (let n = 0; n < HELPERS; n++) {
    const helper = startWorker('vault helper', vaultWorkerPath)
    // A helper that stops leaves the crew (its notes are written by the others); nothing else
    // needs to hear of it.
    const leave = () => {
      crew.helpers = crew.helpers.filter((each) => each !== helper)
    }
    helper.on('error', leave).on('exit', leave)
    crew.helpers.push(helper)
  }
  return crew
}

async function end(crew: Crew): Promise<void> {
  await Promise.all([crew.lead, ...crew.helpers].map((worker) => worker.terminate()))
}
