import type { ArticleCoding } from '../../shared/model'
import type { Catalog } from '../storage/catalog'

type Coding = Pick<ArticleCoding, 'coders' | 'done'> | undefined

/** Whether a coder codes the article blind: it is theirs to code and they have not marked it done. */
export const codesBlind = (coding: Coding, coderId: string): boolean =>
  !!coding && coding.coders.includes(coderId) && !coding.done.includes(coderId)

interface CodedStatement {
  coderId?: string
  consensus?: true
}

/**
 * The statements of an article that a reader sees in the explorer, the analysis and the exports.
 * A coder coding it blind sees their own alone; otherwise an article with consensus statements
 * contributes those, and one without, the statements of the coders chosen (every coder when none
 * is). The list itself comes back when nothing is left out.
 */
export function readStatements<T extends CodedStatement>(
  statements: readonly T[],
  coding: Coding,
  catalog: Catalog,
  reader: string,
  coderIds?: ReadonlySet<string>,
): readonly T[] {
  const first = catalog.coders[0]?.id
  const coderOf = (statement: T) => statement.coderId ?? first
  if (codesBlind(coding, reader))
    return statements.filter((statement) => !statement.consensus && coderOf(statement) === reader)
  if (statements.some((statement) => statement.consensus))
    return statements.filter((statement) => statement.consensus)
  if (!coderIds) return statements
  return statements.filter((statement) => coderIds.has(coderOf(statement) ?? ''))
}
