import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Article, Statement } from '../../src-main/shared/model'

/** The text an article for conflicts is imported from, and the words its statement marks. */
export const CONFLICT_TEXT =
  'Mara Velin said the treaty must be signed this spring.\n\nThe ministry rejected any delay.'
export const MARKED = 'the treaty must be signed this spring'

/** What a sync would have left on the article: one conflict of each kind, and the copy. */
export interface CraftedConflicts {
  article: Article
  copy: Article
  /** The other version of the statement (as the conflict holds it). */
  other: Statement
  otherTitle: string
}

/**
 * Writes the article's file (closed archive, or one about to be reopened) as a sync's merge
 * would leave it: its statement recoded on the other machine (opposes, with a note), its title
 * changed there too, and its text edited on both sides, theirs as a copy beside it. The archive
 * reads the files anew when it opens.
 */
export async function craftConflicts(dir: string, article: Article): Promise<CraftedConflicts> {
  const [statementId] = Object.keys(article.statements)
  const kept = article.statements[statementId]
  const other: Statement = {
    ...kept,
    stance: 'opposes',
    note: 'Read as opposing on the other machine',
    updatedAt: '2024-01-01T00:00:00.000Z',
  }
  const otherTitle = `${article.meta.title} at last`
  const copy: Article = {
    ...article,
    id: `${article.id}-0123456789ab`,
    meta: { ...article.meta, title: `${article.meta.title} (their version)` },
    // Their text says summer; the statement's mark stays on the same words, changed with them.
    body: JSON.parse(JSON.stringify(article.body).replace('this spring', 'this summer')),
    copyOf: article.id,
  }
  const conflicted: Article = {
    ...article,
    conflicts: [
      { kind: 'statement', statementId, other, quote: MARKED },
      { kind: 'field', field: 'meta.title', other: otherTitle },
      { kind: 'text', copyId: copy.id },
    ],
  }
  await writeArticleFile(dir, conflicted)
  await writeArticleFile(dir, copy)
  return { article: conflicted, copy, other, otherTitle }
}

/** An article file as the archive writes it. */
export async function writeArticleFile(dir: string, article: Article): Promise<void> {
  const text = JSON.stringify({ schemaVersion: 2, ...article }, null, 2)
  await writeFile(join(dir, 'articles', `${article.id}.json`), `${text}\n`)
}
