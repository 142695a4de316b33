import type { Article } from '../../shared/model'
import type { ArticleConflict } from './syncConflicts'

/**
 * An article as a sync writes it: the model's Article with what a merge adds (proposed for the
 * model): the conflicts left to settle, and on a conflict copy, the article it is a copy of.
 */
export type SyncedArticle = Article & {
  conflicts?: ArticleConflict[]
  copyOf?: string
}
