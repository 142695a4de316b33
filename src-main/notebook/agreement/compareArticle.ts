import type { ComparedUnit, Comparison, Disagreement } from '../../shared/coding'
import { docFromJSON } from '../../shared/document'
import { StancemarkError } from '../../shared/errors'
import type { Article, Statement } from '../../shared/model'
import { plainText } from '../../shared/plainText'
import { statementSpans } from '../../shared/statementSpans'
import type { Catalog } from '../storage/catalog'
import { matchUnits } from './matchUnits'
import { coderIdOf } from '../registry/coders'

/** A unit's stable id: its statements' ids, sorted, joined by `+`. */
export const unitIdOf = (statementIds: readonly string[]) => [...statementIds].sort().join('+')

/**
 * The coders whose work an article compares: its double coding's, or for an article with no
 * coding (another coder's annotations imported onto it), everyone who coded a statement on it.
 */
export function codersOf(article: Article, catalog: Catalog): string[] {
  if (article.coding) return article.coding.coders
  return [
    ...new Set(
      Object.values(article.statements)
        .filter((statement) => !statement.consensus)
        .map((statement) => coderIdOf(statement, catalog)),
    ),
  ]
}

const NOT_DONE =
  'Not every coder has marked this article done yet: the comparison opens when they all have.'

/** The coders' statements on an article matched into units, with their disagreements, in reading order. */
export function compareArticle(article: Article, catalog: Catalog): Comparison {
  const coding = article.coding
  if (coding && coding.coders.some((coder) => !coding.done.includes(coder)))
    throw new StancemarkError('conflict', NOT_DONE)
  const coderIds = codersOf(article, catalog)
  const coderOf = (statement: Statement) => coderIdOf(statement, catalog)
  const doc = docFromJSON(article.body)
  const plain = plainText(doc)
  const spans = new Map(statementSpans(doc, plain).map((span) => [span.id, span]))
  const coded = [...spans.values()].flatMap((span) => {
    const statement = article.statements[span.id]
    if (!statement || statement.consensus || !coderIds.includes(coderOf(statement))) return []
    return [{ id: span.id, coderId: coderOf(statement), start: span.start, end: span.end }]
  })
  const decisions = new Map((coding?.decisions ?? []).map((d) => [d.unitId, d]))
  const units: ComparedUnit[] = matchUnits(coded).map((unit) => {
    const id = unitIdOf(unit.map((span) => span.id))
    const decision = decisions.get(id)
    const consensus = decision?.statementId ? article.statements[decision.statementId] : undefined
    return {
      id,
      statements: unit.map((span) => ({
        coderId: span.coderId,
        statement: article.statements[span.id],
        quote: plain.text.slice(span.start, span.end),
        start: span.start,
        end: span.end,
      })),
      disagreements: disagreementsOf(
        unit.map((span) => ({ ...span, statement: article.statements[span.id] })),
      ),
      ...(consensus && { consensus }),
      ...(decision?.drop && { dropped: true as const }),
    }
  })
  return {
    coders: coderIds.flatMap((id) => catalog.coders.filter((coder) => coder.id === id)),
    text: plain.text,
    units,
  }
}

// Merging speakers moves every statement of the merged one (hidden ones too): ids compare as they are.
function disagreementsOf(
  unit: { start: number; end: number; statement: Statement }[],
): Disagreement[] {
  if (unit.length === 1) return ['one-coder']
  const differ = (value: (entry: (typeof unit)[number]) => unknown) =>
    new Set(unit.map(value)).size > 1
  const found: Disagreement[] = []
  if (differ((e) => e.start) || differ((e) => e.end)) found.push('boundaries')
  if (differ((e) => e.statement.speakerId)) found.push('speaker')
  if (differ((e) => e.statement.positionId)) found.push('position')
  if (differ((e) => e.statement.stance)) found.push('stance')
  return found
}
