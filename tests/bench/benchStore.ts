import { newId } from '../../src-main/notebook/newId'
import { markStatement } from '../../src-main/notebook/statements/statementMarks'
import type { Article } from '../../src-main/shared/model'

/**
 * What every store in the bench does, the same work each: Stancemark's Notebook service, the
 * naive design (the whole archive in one lowdb JSON file) and SQLite with FTS5.
 */
export interface BenchStore {
  /** The first page of the library, newest first: what the app shows once the archive is open. */
  listLibrary(): Promise<number>
  getArticle(id: string): Promise<unknown>
  /** Marks [start, end) of the article's text as a statement of the speaker on the position. */
  addStatement(articleId: string, speakerId: string, positionId: string): Promise<void>
  /** Full-text hits with a snippet each, best first. */
  search(text: string): Promise<number>
  /** One page of statements (quote, article title and date, speaker, position), oldest first. */
  statementsOf(filter: { speakerId?: string; positionId?: string }): Promise<number>
  /** Every article as a Markdown note in `folder`; answers how many were written. */
  exportVault(folder: string): Promise<number>
  close(): Promise<void>
}

export type StoreName = 'stancemark' | 'naive' | 'sqlite'

export const STORE_LABELS: Record<StoreName, string> = {
  stancemark: 'Stancemark',
  naive: 'naive lowdb',
  sqlite: 'SQLite',
}

/** Articles in the library's first page, and statements in the explorer's. */
export const PAGE = 50
export const SEARCH_HITS = 20
export const STATEMENT_PAGE = 100
/** The words a new statement covers: the start of the article's text. */
export const NEW_STATEMENT = { start: 0, end: 24 }

/**
 * Marks NEW_STATEMENT's words of the article (in memory) as a new statement of the speaker on the
 * position, as the service would code it; answers its id. The baselines then save it their way.
 */
export function markNewStatement(article: Article, speakerId: string, positionId: string): string {
  const id = newId()
  const now = new Date().toISOString()
  article.body = markStatement(article.body, NEW_STATEMENT.start, NEW_STATEMENT.end, id)
  article.statements[id] = {
    id,
    speakerId,
    positionId,
    stance: 'supports',
    tags: [],
    note: '',
    createdAt: now,
    updatedAt: now,
  }
  article.revision++
  article.updatedAt = now
  return id
}
