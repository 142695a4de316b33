import type { Contract, Handlers } from '../shared/contract'
import { docFromJSON, emptyDoc } from '../shared/document'
import { StancemarkError } from '../shared/errors'
import { Article, ArticleMeta, type Statement } from '../shared/model'
import { plainText } from '../shared/plainText'
import { resolveAnchor } from './statements/anchor'
import { Archive } from './storage/archive'
import { backupHandlers } from './backups/backupHandlers'
import { bulkUpdateStatements } from './statements/bulkUpdateStatements'
import { codebookHandlers } from './registry/codebookHandlers'
import { DerivedIndexes, type IndexStats } from './library/derivedIndexes'
import type { ProgressEvent } from '../shared/bridge'
import { folderExports, type FolderExports } from './backups/folderExports'
import { articleToMarkdown } from './export/articleToMarkdown'
import { vaultHandlers } from './vault/vaultHandlers'
import { VaultThread } from './vault/vaultThread'
import { findDuplicate } from './import/findDuplicate'
import { importFiles } from './import/importFiles'
import { ImportThread } from './import/importThread'
import { pastedTextHash } from './import/pastedTextHash'
import { readImport, type ImportSource, type ReadImport } from './import/readImport'
import { annotationHandlers, articleAnnotationFile } from './annotations/annotationHandlers'
import { libraryQueries } from './library/libraryQueries'
import { newId } from './newId'
import { resolvePosition } from './registry/positions'
import { registryHandlers } from './registry/registryHandlers'
import { registryMerges } from './registry/registryMerges'
import { addSampleArticle } from './articles/sampleArticle'
import { sampleHandlers } from './articles/sampleHandlers'
import { resolveSpeaker } from './registry/speakers'
import { markStatement, reconcileStatements, unmarkStatement } from './statements/statementMarks'
import { statementQueries } from './statements/statementQueries'
import { suggestionHandlers } from './suggest/suggestionHandlers'
import { writeQueue } from './writeQueue'

export interface NotebookOptions {
  archiveDir: string
  /** The app's resources/ folder: the sample article a new archive opens with. */
  resourcesDir: string
  /** What opens the archive, for a second process to be told who has it. @default 'script' */
  app?: 'desktop' | 'host' | 'script'
  /** The clock: timestamps, and when hourly backups are due (tests move it). @default system clock */
  now?: () => Date
}

export interface ChangeEvent {
  articleId?: string
}

/** How often a long export tells its progress. */
const PROGRESS_EVERY_MS = 100

export type Notebook = Handlers<Contract> &
  FolderExports & {
    readonly archiveDir: string
    onChange(listener: (event: ChangeEvent) => void): () => void
    /** How far a vault export is, a few times a second and once at its end. */
    onProgress(listener: (event: ProgressEvent) => void): () => void
    /** How the search and statement indexes were loaded and kept up to date (for tests and benches). */
    indexStats(): IndexStats
    close(): Promise<void>
  }

/** A title for a file that came without one: its name. (Pasted text takes its first line.) */
function fallbackTitle(input: { file?: { name: string } }): string {
  if (!input.file) return 'Untitled article'
  // A folder's files come with their path inside it: the title is the file's own name.
  const name = input.file.name.split(/[\\/]/).pop() || input.file.name
  return name.replace(/\.[^.]+$/, '') || name
}

const CONFLICT_MESSAGE =
  'This article was changed elsewhere (another window or a script) after you opened it, so your change was not saved over it.'

/** The Notebook service: every operation of the contract over one archive folder. Plain Node. */
export async function openNotebook(options: NotebookOptions): Promise<Notebook> {
  const clock = options.now ?? (() => new Date())
  const { archive, isNew } = await Archive.open(options.archiveDir, {
    now: clock,
    app: options.app,
  })
  const catalog = () => archive.catalog
  const queue = writeQueue()
  // Every change goes through here: a read-only archive refuses it before anything is touched.
  const exclusive = <T>(job: () => Promise<T>): Promise<T> =>
    archive.readOnly ? Promise.reject(archive.readOnlyError()) : queue(job)
  const listeners = new Set<(event: ChangeEvent) => void>()
  const indexes = new DerivedIndexes(archive)
  const vaults = new VaultThread(archive)
  const imports = new ImportThread()
  const changed = (articleId?: string) => {
    indexes.articleChanged(articleId)
    listeners.forEach((listener) => listener({ articleId }))
  }
  const now = () => clock().toISOString()
  const progressListeners = new Set<(event: ProgressEvent) => void>()
  let progressSent = 0
  const vaultProgress = (done: number, total: number) => {
    // A few times a second is enough for a bar; the last one always goes.
    if (done < total && Date.now() - progressSent < PROGRESS_EVERY_MS) return
    progressSent = Date.now()
    progressListeners.forEach((listener) => listener({ task: 'vault', done, total }))
  }

  async function saveArticle(previous: Article, changes: Partial<Article>): Promise<Article> {
    const next: Article = {
      ...previous,
      ...changes,
      revision: previous.revision + 1,
      updatedAt: now(),
    }
    await archive.writeArticle(next)
    changed(next.id)
    return next
  }

  function checkReferences(statements: Record<string, Statement>): void {
    for (const statement of Object.values(statements)) {
      if (statement.speakerId && !catalog().speakers[statement.speakerId]) {
        throw new StancemarkError(
          'invalid',
          'A statement names a speaker that is not in the registry.',
        )
      }
      if (statement.positionId && !catalog().positions[statement.positionId]) {
        throw new StancemarkError(
          'invalid',
          'A statement names a position that is not in the codebook.',
        )
      }
    }
  }

  /**
   * Adds what was read from a file or pasted text as a new article (inside `exclusive`); `sample`:
   * the sample a new archive opens with, marked so in its origin.
   */
  async function addImportedArticle(
    input: ImportSource,
    read: ReadImport,
    sample = false,
  ): Promise<Article> {
    const meta = ArticleMeta.parse({
      ...read.meta,
      title: read.meta.title || fallbackTitle(input),
    })
    const article: Article = {
      id: newId(),
      revision: 1,
      meta,
      body: read.body,
      notes: emptyDoc(),
      statements: {},
      createdAt: now(),
      updatedAt: now(),
      origin: sample ? { ...read.origin, kind: 'sample' } : read.origin,
    }
    await archive.writeArticle(article)
    changed(article.id)
    return article
  }

  /**
   * Reads a file or pasted text in the import worker, then adds it; other changes wait only for
   * the adding. A read-only archive refuses it before it is read.
   */
  async function importArticle(input: ImportSource): Promise<Article> {
    if (archive.readOnly) throw archive.readOnlyError()
    const read = await imports.read(input)
    return exclusive(() => addImportedArticle(input, read))
  }

  const handlers: Handlers<Contract> = {
    getArchiveInfo: () => ({
      path: archive.dir,
      notices: archive.notices,
      readOnly: archive.readOnly,
      lockedBy: archive.lockedBy && {
        ...archive.lockedBy,
        message: archive.readOnlyError().message,
      },
    }),

    ...libraryQueries(archive, indexes),

    getArticle: (id) => archive.readArticle(id),

    importArticle,

    findDuplicate: async ({ text }) => (await findDuplicate(archive, pastedTextHash(text))) ?? null,

    importFiles: async ({ files }) => {
      if (archive.readOnly) throw archive.readOnlyError()
      return {
        results: await importFiles(archive, files, (file) => importArticle({ file, meta: {} })),
      }
    },

    ...annotationHandlers(archive, indexes, exclusive, saveArticle, now),

    ...sampleHandlers(archive, exclusive, changed),

    updateArticle: (id, patch) =>
      exclusive(async () => {
        const article = await archive.readArticle(id)
        if (patch.baseRevision !== article.revision)
          throw new StancemarkError('conflict', CONFLICT_MESSAGE)
        const body = patch.body ?? article.body
        const statements = reconcileStatements(body, patch.statements ?? article.statements)
        checkReferences(statements)
        if (patch.notes) docFromJSON(patch.notes)
        const meta = ArticleMeta.parse({ ...article.meta, ...patch.meta })
        return saveArticle(article, { meta, body, notes: patch.notes ?? article.notes, statements })
      }),

    deleteArticle: (id) =>
      exclusive(async () => {
        await archive.moveToTrash(id)
        changed(id)
        return { id }
      }),

    restoreArticle: (id) =>
      exclusive(async () => {
        await archive.restoreFromTrash(id)
        changed(id)
        return catalog().articles[id]
      }),

    addStatement: (articleId, input) =>
      exclusive(async () => {
        const article = await archive.readArticle(articleId)
        const text = plainText(docFromJSON(article.body)).text
        const { start, end } = resolveAnchor(text, input.anchor)
        const speaker = input.speaker && resolveSpeaker(catalog(), input.speaker)
        const position = input.position && resolvePosition(catalog(), input.position)
        const statement: Statement = {
          id: newId(),
          speakerId: speaker?.id,
          positionId: position?.id,
          stance: input.stance,
          tags: input.tags,
          note: input.note,
          cue: input.cue || undefined,
          mode: input.mode,
          createdAt: now(),
          updatedAt: now(),
        }
        const body = markStatement(article.body, start, end, statement.id)
        const statements = { ...article.statements, [statement.id]: statement }
        const saved = await saveArticle(article, { body, statements })
        return { statement, quote: text.slice(start, end), revision: saved.revision }
      }),

    updateStatement: (articleId, statementId, patch) =>
      exclusive(async () => {
        const article = await archive.readArticle(articleId)
        const statement = article.statements[statementId]
        if (!statement)
          throw new StancemarkError('not-found', 'That statement is not in this article.')
        const next: Statement = { ...statement, updatedAt: now() }
        if (patch.speakerId !== undefined) next.speakerId = patch.speakerId ?? undefined
        if (patch.positionId !== undefined) next.positionId = patch.positionId ?? undefined
        if (patch.stance !== undefined) next.stance = patch.stance ?? undefined
        if (patch.tags) next.tags = patch.tags
        if (patch.note !== undefined) next.note = patch.note
        if (patch.cue !== undefined) next.cue = patch.cue || undefined
        if (patch.mode !== undefined) next.mode = patch.mode ?? undefined
        checkReferences({ [statementId]: next })
        await saveArticle(article, { statements: { ...article.statements, [statementId]: next } })
        return next
      }),

    removeStatement: (articleId, statementId) =>
      exclusive(async () => {
        const article = await archive.readArticle(articleId)
        if (!article.statements[statementId])
          throw new StancemarkError('not-found', 'That statement is not in this article.')
        const statements = { ...article.statements }
        delete statements[statementId]
        const saved = await saveArticle(article, {
          body: unmarkStatement(article.body, statementId),
          statements,
        })
        return { revision: saved.revision }
      }),

    ...statementQueries(archive, indexes),

    bulkUpdateStatements: (refs, patch) =>
      exclusive(() => bulkUpdateStatements(archive, changed, now, refs, patch)),

    ...registryHandlers(archive, exclusive, changed),

    ...registryMerges(archive, exclusive, changed),

    ...codebookHandlers(archive, exclusive, changed),

    ...backupHandlers(archive, exclusive, changed, clock),

    ...vaultHandlers(vaults, vaultProgress),

    ...suggestionHandlers(archive, exclusive, saveArticle),

    exportArticle: async (id, format) => {
      const article = await archive.readArticle(id)
      if (format === 'web-annotation') return articleAnnotationFile(article, catalog())
      return articleToMarkdown(article, {
        speakers: new Map(Object.entries(catalog().speakers)),
        positions: new Map(Object.entries(catalog().positions)),
      })
    },
  }

  if (isNew && !archive.readOnly) {
    // Our own small Markdown file, read here: a worker for it would start with every new archive.
    const importSample = (input: ImportSource) =>
      exclusive(async () => addImportedArticle(input, await readImport(input), true))
    await addSampleArticle(importSample, handlers, options.resourcesDir)
  }
  // The library lists from the catalog at once; the article files are checked against the catalog
  // right after (a change from outside shows as a change event), before anything else is answered.
  const filesChecked = queue(async () => {
    await new Promise((resolve) => setImmediate(resolve))
    if (await archive.checkFiles()) changed()
  }).catch((error: unknown) =>
    console.error('stancemark: checking the article files failed', error),
  )
  indexes.warmUp(filesChecked)

  return Object.assign(
    afterward(filesChecked, handlers),
    afterward(filesChecked, folderExports(archive, vaults, vaultProgress)),
    {
      archiveDir: archive.dir,
      onChange(listener: (event: ChangeEvent) => void) {
        listeners.add(listener)
        return () => listeners.delete(listener)
      },
      onProgress(listener: (event: ProgressEvent) => void) {
        progressListeners.add(listener)
        return () => progressListeners.delete(listener)
      },
      indexStats: () => indexes.stats,
      close: async () => {
        // Files being read are not waited for: nothing of them is in the archive yet.
        await imports.close()
        await queue(async () => {
          listeners.clear()
          await vaults.close()
          await indexes.close()
          await archive.close()
        })
      },
    },
  )
}

/** What is answered from the catalog as opening read it, without waiting for the files' check. */
const ANSWERED_AT_OPEN: ReadonlySet<string> = new Set(['listArticles', 'getFacets'])

/** The same methods, each (but those answered at open) waiting for `ready` first. */
function afterward<T extends object>(ready: Promise<unknown>, methods: T): T {
  const waiting: Record<string, unknown> = { ...(methods as Record<string, unknown>) }
  for (const [name, method] of Object.entries(methods)) {
    if (typeof method !== 'function' || ANSWERED_AT_OPEN.has(name)) continue
    waiting[name] = async (...args: unknown[]) => {
      await ready
      return method(...args)
    }
  }
  return waiting as T
}
