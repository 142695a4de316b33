import type { MessagePort } from 'node:worker_threads'
import { ERROR_CODES, type ErrorCode, messageOf, StancemarkError } from '../../shared/errors'
import type { Article, ArticleSummary } from '../../shared/model'
import type { Catalog } from '../storage/catalog'
import { systemErrorParts, type SystemErrorParts } from '../storage/errorCode'
import type { VaultReport } from './vault'
import type { NoteJob, NoteWritten } from './writeNote'

// What the main thread and a vault export's worker thread tell each other (VaultThread).

/**
 * Notes the worker may begin that the main thread has not yet passed on as progress: so a cancel
 * sent from a progress report stops the export within this many notes.
 */
export const NOTES_AHEAD = 32

/**
 * What of the catalog a vault is made from, and who reads it: the vault shows what they see in
 * the explorer (readStatements).
 */
export type VaultCatalog = Pick<Catalog, 'speakers' | 'positions' | 'articles' | 'coders'> & {
  reader: string
}

/** An error as it crosses between threads: what the analyst is told, and what programs check. */
export interface CrossedError extends SystemErrorParts {
  message: string
  /** Ours (StancemarkError's) or the system's (ENOENT, EACCES, ...). */
  code?: string
  ours: boolean
}

/**
 * What the main thread tells a vault worker: to make a vault (`helpers`: ports to other vault
 * workers that make and write its notes), or to serve as such a helper on `port`.
 */
export type ToVaultWorker =
  | {
      type: 'start'
      archiveDir: string
      folder: string
      /**
       * Without its articles where `changed` is given: a live update's catalog is the one this
       * worker was told last, with `changed`'s summaries (null: an article gone) in place: the
       * catalog of thousands of articles is not copied across for each save.
       */
      catalog: Omit<VaultCatalog, 'articles'> & { articles?: VaultCatalog['articles'] }
      changed?: Record<string, ArticleSummary | null>
      helpers: MessagePort[]
      /**
       * A live update after saves of these articles: only their notes and those they touch, where
       * this worker wrote the vault last (else the whole vault, which writes only what differs).
       */
      only?: string[]
      /**
       * A live vault's: every article is read, also where its note is not made again, so that
       * the next update has the statements its speakers' and positions' notes list.
       */
      live?: boolean
    }
  | { type: 'serve'; port: MessagePort }
  | { type: 'heard'; done: number }
  | { type: 'cancel' }
  | { type: 'article'; id: string; article?: Article; error?: CrossedError }

/** What the vault worker tells the main thread. */
export type FromVaultWorker =
  | { type: 'progress'; done: number; total: number }
  | { type: 'read'; id: string }
  | { type: 'done'; report: VaultReport }
  | { type: 'failed'; error: CrossedError }

/** A note for a helper to make and write, and its answer: whether it wrote (`writeNote`). */
export interface HelperJob {
  id: number
  job: NoteJob
}
export type HelperAnswer =
  { id: number; written: NoteWritten } | { id: number; error: CrossedError }

export function crossed(error: unknown): CrossedError {
  if (error instanceof StancemarkError)
    return { message: error.message, code: error.code, ours: true }
  const message = messageOf(error)
  return { message, ...systemErrorParts(error), ours: false }
}

export function uncrossed({ message, ours, ...parts }: CrossedError): Error {
  if (ours && ERROR_CODES.includes(parts.code as ErrorCode))
    return new StancemarkError(parts.code as ErrorCode, message)
  return Object.assign(new Error(message), parts)
}
