import { StancemarkError } from '../../shared/errors'
import { ArticleMeta, DocJSONSchema, type Article, type ArticleConflict } from '../../shared/model'
import type { ConflictChoice } from '../../shared/sync'

/** What settling one conflict changes in the article, and which copy (if any) goes to the trash. */
export interface Settlement {
  changes: Partial<Article>
  /** The conflict copy of a text conflict, to the trash once the article is saved. */
  trashCopy?: string
}

const NOT_FOUND =
  'This conflict is no longer on the article (it may have been settled already, here or on another machine).'

/** The conflict a choice names: a statement by its id, a field by its name, the text by its copy. */
export function conflictNamed(
  article: Article,
  choice: ConflictChoice,
): ArticleConflict & { kind: ConflictChoice['kind'] } {
  const found = (article.conflicts ?? []).find(
    (conflict) => conflict.kind === choice.kind && keyOf(conflict) === choice.key,
  )
  if (!found) throw new StancemarkError('not-found', NOT_FOUND)
  return found
}

/** How a conflict is named in a choice. */
export function keyOf(conflict: ArticleConflict): string {
  switch (conflict.kind) {
    case 'statement':
      return conflict.statementId
    case 'field':
      return conflict.field
    case 'text':
      return conflict.copyId
  }
}

/**
 * The article with one conflict settled: `kept` takes it off the list; `other` puts the other
 * version in place (a statement in its own place on the text, a field's value, the copy's text
 * and statements). `copy` is the conflict copy a text conflict names, when it is still there.
 */
export function settleConflict(
  article: Article,
  choice: ConflictChoice,
  now: Date,
  copy?: Article,
): Settlement {
  const conflict = conflictNamed(article, choice)
  const rest = (article.conflicts ?? []).filter((c) => c !== conflict)
  const changes: Partial<Article> = { conflicts: rest.length > 0 ? rest : undefined }
  const trashCopy = conflict.kind === 'text' ? conflict.copyId : undefined
  if (choice.take === 'kept') return { changes, trashCopy }
  switch (conflict.kind) {
    case 'statement': {
      if (!article.statements[conflict.statementId])
        throw new StancemarkError(
          'not-found',
          'The statement this conflict is about is no longer in the article; keep this version to dismiss the conflict.',
        )
      // Taking the other version is a recoding made now: a later sync counts it as the newer.
      const statement = {
        ...conflict.other,
        id: conflict.statementId,
        updatedAt: now.toISOString(),
      }
      changes.statements = { ...article.statements, [conflict.statementId]: statement }
      break
    }
    case 'field':
      Object.assign(changes, fieldTaken(article, conflict.field, conflict.other))
      break
    case 'text':
      if (!copy)
        throw new StancemarkError(
          'not-found',
          'Their version of this article is no longer in the archive (it may be in the trash); keep ours to dismiss the conflict.',
        )
      changes.body = copy.body
      changes.statements = copy.statements
      break
  }
  return { changes, trashCopy }
}

/** A field set to the other value, checked as the article's own would be. */
function fieldTaken(article: Article, field: string, value: unknown): Partial<Article> {
  const refused = new StancemarkError(
    'invalid',
    'The other version of this field cannot be used (it is not a value this field can hold); keep this version instead.',
  )
  if (field === 'notes') {
    const notes = DocJSONSchema.safeParse(value)
    if (!notes.success) throw refused
    return { notes: notes.data }
  }
  const key = /^meta\.(\w+)$/.exec(field)?.[1]
  if (!key || !Object.hasOwn(article.meta, key)) throw refused
  const meta = ArticleMeta.safeParse({ ...article.meta, [key]: value })
  if (!meta.success) throw refused
  return { meta: meta.data }
}
