import { parentPort, type MessagePort } from 'node:worker_threads'
import type { Article } from '../../shared/model'
import { ArticleFiles } from '../storage/articleFiles'
import { NoteMakers } from './noteMakers'
import { NotePieces } from './notePieces'
import { updateVault } from './updateVault'
import { exportVault, type VaultState } from './vault'
import { writeNote } from './writeNote'
import {
  crossed,
  NOTES_AHEAD,
  uncrossed,
  type FromVaultWorker,
  type HelperAnswer,
  type HelperJob,
  type ToVaultWorker,
  type VaultCatalog,
} from './vaultMessages'

// A vault export in a thread of its own (see VaultThread), or a helper of one that makes and
// writes some of its notes.

const port = parentPort
if (!port) throw new Error('vaultWorker runs as a worker thread')
const tell = (message: FromVaultWorker) => port.postMessage(message)

/** Progress is told in batches: after this many notes, or this long after the last told. */
const TELL_EVERY_NOTES = 8
const TELL_EVERY_MS = 20

// The export under way: one at a time in this worker, each from a fresh start.
let cancelled = new AbortController()
let begun = 0
let heard = 0
let progress = { done: 0, total: 0, told: 0, toldAt: 0 }
let wake: (() => void) | undefined
/** What this worker knows of the vault it wrote last, for a live update to start from. */
let kept: VaultState | undefined
/** A live vault's notes' lines, kept between its updates (and exports, for what did not change). */
const pieces = new NotePieces()
/** Articles whose statements' lines are written ahead at once, between other work. */
const AHEAD_ARTICLES = 25
/** An export or update under way: lines are written ahead only while none is. */
let working = false
/** Whole exports done: lines written ahead for an earlier one are not needed any more. */
let exports = 0
const asked = new Map<string, { resolve: (article: Article) => void; reject: (e: Error) => void }>()

/** Tells the main thread how many notes are done, when enough are new or `now`. */
function tellProgress(now: boolean) {
  const { done, total, told, toldAt } = progress
  if (done === told) return
  if (!now && done - told < TELL_EVERY_NOTES && performance.now() - toldAt < TELL_EVERY_MS) return
  tell({ type: 'progress', done, total })
  Object.assign(progress, { told: done, toldAt: performance.now() })
}

/** Waits until the main thread has heard of enough notes for one more to begin. */
async function mayBegin(): Promise<void> {
  while (begun - heard >= NOTES_AHEAD && !cancelled.signal.aborted) {
    tellProgress(true)
    await new Promise<void>((resolve) => (wake = resolve))
  }
  begun++
}

/** The archive's answer for an article this thread could not read itself. */
function askMain(id: string): Promise<Article> {
  return new Promise((resolve, reject) => {
    asked.set(id, { resolve, reject })
    tell({ type: 'read', id })
  })
}

/** The catalog a start message means: the one it carries, or the last one with its changes. */
function catalogOf({ catalog, changed }: Extract<ToVaultWorker, { type: 'start' }>): VaultCatalog {
  if (catalog.articles) return { ...catalog, articles: catalog.articles }
  if (!kept || !changed) throw new Error('A live update came without the catalog it changes')
  const articles = { ...kept.catalog.articles }
  for (const [id, summary] of Object.entries(changed))
    if (summary) articles[id] = summary
    else delete articles[id]
  return { ...catalog, articles }
}

async function start(message: Extract<ToVaultWorker, { type: 'start' }>) {
  working = true
  const { archiveDir, folder, helpers, only, live } = message
  cancelled = new AbortController()
  begun = heard = 0
  progress = { done: 0, total: 0, told: 0, toldAt: 0 }
  const files = new ArticleFiles(archiveDir)
  const readArticle = async (id: string) =>
    (await files.read(id).catch(() => null)) ?? (await askMain(id))
  const makers = new NoteMakers(helpers)
  const state = kept?.folder === folder ? kept : undefined
  try {
    const catalog = catalogOf(message)
    kept = undefined
    const updated =
      only && state ? await updateVault(state, catalog, only, readArticle, pieces) : null
    if (updated) {
      kept = state
      tell({ type: 'done', report: updated })
      return
    }
    const report = await exportVault(
      catalog,
      readArticle,
      folder,
      {
        signal: cancelled.signal,
        onProgress: (done, total) => {
          Object.assign(progress, { done, total })
          tellProgress(false)
        },
        beforeNote: mayBegin,
        readAll: live,
        // Begun and done at once: it keeps the count of notes begun level with the main thread's.
        onNoteKept: () => void begun++,
        onState: (state) => (kept = state),
      },
      (job) => makers.write(job),
    )
    tellProgress(true)
    tell({ type: 'done', report })
    if (live && kept) void writeAhead(kept, ++exports)
  } catch (error) {
    tellProgress(true)
    tell({ type: 'failed', error: crossed(error) })
  } finally {
    working = false
    makers.close()
  }
}

/**
 * A live vault's lines of every statement and article written ahead, a few articles at a time
 * while nothing else waits, so that its first updates find them too; what an update needs first
 * it writes itself. Lines of notes gone since are forgotten.
 */
async function writeAhead(state: VaultState, made: number) {
  pieces.keepOnly(state.articles)
  const articles = state.order.map((id) => state.articles.get(id)!)
  for (let at = 0; at < articles.length; at += AHEAD_ARTICLES) {
    do await new Promise((resolve) => setTimeout(resolve, working ? 10 : 0))
    while (working)
    if (exports !== made) return
    pieces.entryBlock(articles.slice(at, at + AHEAD_ARTICLES).flatMap((a) => a.entries ?? []))
  }
  pieces.articleBlock(articles)
}

/** As a helper: makes and writes each note that comes on `jobs`, until the export ends. */
function serve(jobs: MessagePort) {
  jobs.on('message', ({ id, job }: HelperJob) => {
    const answer = (message: HelperAnswer) => jobs.postMessage(message)
    writeNote(job).then(
      (written) => answer({ id, written }),
      (error: unknown) => answer({ id, error: crossed(error) }),
    )
  })
}

port.on('message', (message: ToVaultWorker) => {
  switch (message.type) {
    case 'start':
      return void start(message)
    case 'serve':
      return serve(message.port)
    case 'heard':
      heard = Math.max(heard, message.done)
      return wake?.()
    case 'cancel':
      cancelled.abort()
      return wake?.()
    case 'article': {
      const waiting = asked.get(message.id)
      asked.delete(message.id)
      if (message.article) waiting?.resolve(message.article)
      else waiting?.reject(uncrossed(message.error ?? { message: 'not read', ours: false }))
    }
  }
})
