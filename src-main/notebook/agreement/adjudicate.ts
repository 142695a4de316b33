import type { AdjudicationDecision } from '../../shared/contract'
import { StancemarkError } from '../../shared/errors'
import type { Article, Statement, UnitDecision } from '../../shared/model'
import type { Catalog } from '../storage/catalog'
import { newId } from '../newId'
import { checkReferences } from '../registry/checkReferences'
import { patchStatement } from '../statements/patchStatement'
import { markStatements, unmarkStatements, type StatementPlace } from '../statements/statementMarks'
import { codersOf, compareArticle } from './compareArticle'

/**
 * The article with these units decided: each one's consensus statement (a coder's version
 * copied, `consensus: true`, the adjudicator's), edited, or the unit dropped. A decision replaces
 * the unit's earlier one; with every unit decided the article is adjudicated.
 */
export function adjudicate(
  article: Article,
  decisions: readonly AdjudicationDecision[],
  catalog: Catalog,
  adjudicator: string,
  now: string,
): Pick<Article, 'body' | 'statements' | 'coding'> {
  const comparison = compareArticle(article, catalog)
  const units = new Map(comparison.units.map((unit) => [unit.id, unit]))
  const statements: Record<string, Statement> = { ...article.statements }
  const recorded = new Map((article.coding?.decisions ?? []).map((d) => [d.unitId, d]))
  const unmark = new Set<string>()
  const places: StatementPlace[] = []
  for (const decision of decisions) {
    const unit = units.get(decision.unitId)
    if (!unit)
      throw new StancemarkError(
        'not-found',
        'That unit is not in this article’s comparison: its statements have changed since.',
      )
    const earlier = recorded.get(unit.id)?.statementId
    const current = earlier ? statements[earlier] : undefined
    const drop = () => {
      if (!earlier) return
      delete statements[earlier]
      unmark.add(earlier)
    }
    if (decision.drop) {
      drop()
      recorded.set(unit.id, { unitId: unit.id, drop: true })
      continue
    }
    let next: Statement
    if (decision.take || !current) {
      const takeFrom =
        decision.take ?? (unit.statements.length === 1 ? unit.statements[0].coderId : undefined)
      if (!takeFrom)
        throw new StancemarkError('invalid', 'Choose whose version to take before editing it.')
      const taken = unit.statements.find((s) => s.coderId === takeFrom)
      if (!taken)
        throw new StancemarkError('invalid', 'That coder has no statement in this unit to take.')
      drop()
      next = {
        ...taken.statement,
        id: newId(),
        coderId: adjudicator,
        consensus: true,
        createdAt: now,
        updatedAt: now,
      }
      places.push({ start: taken.start, end: taken.end, id: next.id })
    } else next = { ...current, updatedAt: now }
    if (decision.edit) next = patchStatement(next, decision.edit)
    checkReferences(catalog, { [next.id]: next })
    statements[next.id] = next
    recorded.set(unit.id, { unitId: unit.id, statementId: next.id })
  }
  // A decision whose unit has gone (its statements changed since) takes its consensus with it.
  for (const [unitId, decision] of recorded)
    if (!units.has(unitId) && decision.statementId) {
      delete statements[decision.statementId]
      unmark.add(decision.statementId)
    }
  const body = markStatements(unmarkStatements(article.body, unmark), places)
  const coders = codersOf(article, catalog)
  if (coders.length < 2)
    throw new StancemarkError(
      'conflict',
      'Only one coder has coded this article: there is nothing to adjudicate.',
    )
  const kept: UnitDecision[] = comparison.units.flatMap((unit) => recorded.get(unit.id) ?? [])
  return {
    body,
    statements,
    coding: {
      coders,
      done: article.coding?.done ?? coders,
      decisions: kept,
      ...(kept.length === comparison.units.length && { adjudicated: true as const }),
    },
  }
}
