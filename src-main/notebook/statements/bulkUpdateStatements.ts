import { StancemarkError } from '../../shared/errors'
import type { Statement } from '../../shared/model'
import type { BulkStatementPatch, BulkUpdateResult } from '../../shared/statementQuery'
import type { StatementRef } from '../../shared/statementRow'
import type { NotebookContext } from '../context'
import { patchStatement } from './patchStatement'
import { hiddenStatements } from '../agreement/blindCoding'
import { readerOf } from '../registry/coders'

const MAX_TAGS = 100

/** The statement with the patch applied, or undefined when it changes nothing. */
function patched(
  statement: Statement,
  patch: BulkStatementPatch,
  now: string,
): Statement | undefined {
  const removed = new Set(patch.removeTags ?? [])
  const tags = [...new Set([...statement.tags, ...(patch.addTags ?? [])])].filter(
    (t) => !removed.has(t),
  )
  if (tags.length > MAX_TAGS)
    throw new StancemarkError('invalid', `A statement can have at most ${MAX_TAGS} tags.`)
  const { speakerId, positionId, stance } = patch
  const next = patchStatement(statement, { speakerId, positionId, stance, tags })
  const same =
    next.speakerId === statement.speakerId &&
    next.positionId === statement.positionId &&
    next.stance === statement.stance &&
    tags.length === statement.tags.length &&
    tags.every((tag, i) => tag === statement.tags[i])
  return same ? undefined : { ...next, updatedAt: now }
}

/**
 * Applies one patch to many statements, article by article: each article is saved once, with its
 * revision incremented and a change event. Statements no longer there are counted, not refused.
 */
export async function bulkUpdateStatements(
  { archive, articles, now }: NotebookContext,
  refs: StatementRef[],
  patch: BulkStatementPatch,
): Promise<BulkUpdateResult> {
  const { speakers, positions } = archive.catalog
  if (patch.speakerId && !speakers[patch.speakerId])
    throw new StancemarkError('not-found', 'That speaker is not in the registry.')
  if (patch.positionId && !positions[patch.positionId])
    throw new StancemarkError('not-found', 'That position is not in the codebook.')
  const byArticle = new Map<string, Set<string>>()
  for (const { articleId, statementId } of refs)
    byArticle.set(articleId, (byArticle.get(articleId) ?? new Set()).add(statementId))

  const reader = readerOf(archive)
  const result: BulkUpdateResult = { updated: 0, unchanged: 0, missing: 0, articles: 0 }
  for (const [articleId, statementIds] of byArticle) {
    const article = archive.catalog.articles[articleId]
      ? await archive.readArticle(articleId).catch(() => undefined)
      : undefined
    if (!article) {
      result.missing += statementIds.size
      continue
    }
    const statements = { ...article.statements }
    // A coder coding blind cannot change what they cannot see: those count as not there.
    const hidden = new Set(hiddenStatements(article, archive.catalog, reader).map((s) => s.id))
    let updated = 0
    for (const id of statementIds) {
      const statement = hidden.has(id) ? undefined : statements[id]
      const next = statement && patched(statement, patch, now().toISOString())
      if (!statement) result.missing++
      else if (!next) result.unchanged++
      else {
        statements[id] = next
        updated++
      }
    }
    if (updated === 0) continue
    await articles.save(article, { statements })
    result.updated += updated
    result.articles++
  }
  return result
}
