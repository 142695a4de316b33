import { z } from 'zod'
import { Article, Id, lineText } from './model'

/**
 * The team archive over git (DESIGN.md §10): what the contract's sync operations take and
 * answer. The token travels from the page to main once, in `setSyncRemote`, and is never
 * answered back.
 */

/** Plain http stays on this computer: a server here (a test's, a tunnel's) sends nothing out. */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])

/**
 * A git server's address: https only (a token over plain http would travel in the clear), but for
 * a server on this computer.
 */
const RemoteUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((url) => {
    try {
      const parsed = new URL(url)
      const secure =
        parsed.protocol === 'https:' ||
        (parsed.protocol === 'http:' && LOOPBACK.has(parsed.hostname))
      return secure && !parsed.username && !parsed.password
    } catch {
      return false
    }
  }, 'The team archive’s address must start with https:// and hold no user name or password (those go in their own fields).')

export const SyncRemoteInput = z.object({
  url: RemoteUrl,
  username: lineText().trim().max(200).optional(),
  /** Kept out of the archive: the desktop's safeStorage, the host's config folder (mode 0600). */
  token: z.string().trim().max(4000).optional(),
})
export type SyncRemoteInput = z.infer<typeof SyncRemoteInput>

/**
 * off: no remote set; up-to-date: the last sync went through; syncing: one is running;
 * offline: the server could not be reached (saving goes on, sync tries again later);
 * refused: the server turned down the user name or token.
 */
export const SyncState = z.enum(['off', 'up-to-date', 'syncing', 'offline', 'refused'])
export type SyncState = z.infer<typeof SyncState>

export const SyncStatus = z.object({
  state: SyncState,
  /** The remote as set, never its token. */
  remote: z
    .object({ url: z.string(), username: z.string().optional(), hasToken: z.boolean() })
    .nullable(),
  /** Shared files changed on this machine since the last sync went through. */
  waiting: z.number().int().min(0),
  /** Conflicts left to settle, in articles and in the registry. */
  conflicts: z.number().int().min(0),
  /** When a sync last went through (ISO), or null. */
  lastSynced: z.string().nullable(),
  /** Why it is offline or refused, in the analyst's words; null otherwise. */
  message: z.string().nullable(),
})
export type SyncStatus = z.infer<typeof SyncStatus>

/** What one `syncNow` did: shared files pulled and pushed, files merged, conflicts left. */
export const SyncOutcome = z.object({
  pulled: z.number().int(),
  pushed: z.number().int(),
  merged: z.number().int(),
  conflicts: z.number().int(),
  status: SyncStatus,
})
export type SyncOutcome = z.infer<typeof SyncOutcome>

/** A commit, as git names it. */
export const CommitId = z.string().regex(/^[0-9a-f]{40}$/, 'not a version of the archive')

/** One version of an article in the archive's history, newest first in `articleHistory`. */
export const ArticleVersion = z.object({
  commit: CommitId,
  at: z.string(),
  /** The commit's author: the coder who synced it. */
  author: z.string(),
  /** What changed against the version before it. */
  changes: z.object({
    statementsAdded: z.number().int(),
    statementsRemoved: z.number().int(),
    /** Statements whose speaker, position, stance, tags, note, cue or mode changed. */
    statementsRecoded: z.number().int(),
    textChanged: z.boolean(),
    /** `meta.title`, `notes`…: the article's other fields that changed. */
    fieldsChanged: z.array(z.string()),
    /** The article appeared (or came back) in this version. */
    added: z.boolean(),
    /** The article left the archive in this version. */
    removed: z.boolean(),
  }),
})
export type ArticleVersion = z.infer<typeof ArticleVersion>

/** An earlier version of an article, read-only. */
export const ArticleAtVersion = z.object({ version: ArticleVersion, article: Article })

/**
 * Settling one conflict of an article: which one (`statementId` for a statement, `field` for a
 * field, `copyId` for the text), and what to keep — `kept`: the version the merge kept (the
 * conflict dismissed; for the text, the copy goes to the trash), `other`: the other version
 * instead (for the text, the copy's text and statements replace this article's, and the copy goes
 * to the trash).
 */
export const ConflictChoice = z.object({
  kind: z.enum(['statement', 'field', 'text']),
  key: z.string().min(1).max(200),
  take: z.enum(['kept', 'other']),
})
export type ConflictChoice = z.infer<typeof ConflictChoice>

/** Settling a registry conflict: the entry's field, and which value to keep. */
export const RegistryConflictChoice = z.object({
  kind: z.enum(['speaker', 'position', 'coder']),
  id: Id,
  field: z.string().min(1).max(100),
  take: z.enum(['kept', 'other']),
})
export type RegistryConflictChoice = z.infer<typeof RegistryConflictChoice>

/** Where conflicts are waiting: articles with how many each, and the registry's. */
export const ConflictList = z.object({
  articles: z.array(
    z.object({ articleId: Id, title: z.string(), conflicts: z.number().int().min(1) }),
  ),
  registry: z.array(
    z.object({
      kind: z.enum(['speaker', 'position', 'coder']),
      id: Id,
      /** The entry's name or label as it is now. */
      name: z.string(),
      field: z.string(),
      kept: z.unknown(),
      other: z.unknown(),
    }),
  ),
})
export type ConflictList = z.infer<typeof ConflictList>
