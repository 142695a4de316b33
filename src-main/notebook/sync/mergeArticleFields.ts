import type { Article, ArticleMeta } from '../../shared/model'
import { laterFirst, mergeSet, mergeValue } from './mergeValue'
import { canonicalJson } from './sameValue'
import type { ArticleConflict } from './syncConflicts'

const LISTS = new Set<keyof ArticleMeta>(['authors', 'tags'])

/**
 * An article's fields besides its text and statements, merged field by field: lists (tags,
 * authors) by item; a field changed on both sides takes the later article's value and keeps
 * the other as a conflict.
 */
export function mergeArticleFields(
  base: Article | undefined,
  ours: Article,
  theirs: Article,
): Pick<Article, 'meta' | 'notes' | 'rejectedSuggestions'> & {
  conflicts: ArticleConflict[]
} {
  const conflicts: ArticleConflict[] = []
  const later = laterFirst(ours, theirs, ours.updatedAt, theirs.updatedAt, canonicalJson)
  const settle = <T>(field: string, was: T, mine: T, their: T): T => {
    const merged = mergeValue(was, mine, their)
    if ('value' in merged) return merged.value
    const keptOurs = later.laterSide === 'ours'
    conflicts.push({ kind: 'field', field, other: keptOurs ? their : mine })
    return keptOurs ? mine : their
  }
  const meta = { ...ours.meta }
  for (const key of Object.keys(ours.meta) as (keyof ArticleMeta)[]) {
    const was = base?.meta[key]
    if (LISTS.has(key))
      (meta as Record<string, unknown>)[key] = mergeSet(
        (was as string[] | undefined) ?? [],
        ours.meta[key] as string[],
        theirs.meta[key] as string[],
      )
    else
      (meta as Record<string, unknown>)[key] = settle(
        `meta.${key}`,
        was,
        ours.meta[key],
        theirs.meta[key],
      )
  }
  const notes = settle('notes', base?.notes, ours.notes, theirs.notes) ?? ours.notes
  const rejected = new Map(
    [...(ours.rejectedSuggestions ?? []), ...(theirs.rejectedSuggestions ?? [])].map((one) => [
      `${one.start}:${one.exact}`,
      one,
    ]),
  )
  const rejectedSuggestions = [...rejected.values()]
  return {
    meta,
    notes,
    ...(rejectedSuggestions.length > 0 ? { rejectedSuggestions } : {}),
    conflicts,
  }
}
