import type { ArticleCoding } from '../../shared/model'
import type { Catalog } from '../storage/catalog'
import { coderIdOf } from '../registry/coders'

type Coding = Pick<ArticleCoding, 'coders' | 'done' | 'adjudicated'> | undefined

/**
 * Whether a coder codes the article blind: it is theirs to code and not every one of its coders has
 * marked it done (one done early still sees their own alone, so cannot recode after a look).
 */
export const codesBlind = (coding: Coding, coderId: string): boolean =>
  !!coding &&
  coding.coders.includes(coderId) &&
  !coding.coders.every((coder) => coding.done.includes(coder))

interface CodedStatement {
  coderId?: string
  consensus?: true
}

/**
 * The statements of an article that a reader sees in the explorer, the analysis and the exports.
 * A coder coding it blind sees their own alone; otherwise an adjudicated article contributes its
 * consensus statements, and one not (yet) adjudicated, the statements of the coders chosen (every
 * coder when none is), never a consensus statement of a half-finished adjudication. The list
 * itself comes back when nothing is left out.
 */
export function readStatements<T extends CodedStatement>(
  statements: readonly T[],
  coding: Coding,
  catalog: Catalog,
  reader: string,
  coderIds?: ReadonlySet<string>,
): readonly T[] {
  if (codesBlind(coding, reader))
    return statements.filter(
      (statement) => !statement.consensus && coderIdOf(statement, catalog) === reader,
    )
  if (coding?.adjudicated) return statements.filter((statement) => statement.consensus)
  if (!coderIds && !statements.some((statement) => statement.consensus)) return statements
  return statements.filter(
    (statement) =>
      !statement.consensus && (!coderIds || coderIds.has(coderIdOf(statement, catalog))),
  )
}
