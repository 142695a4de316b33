import type { StatementAnalysis } from '../../shared/analysis'
import type { Stance } from '../../shared/model'
import { addToTally, emptyTally, type StanceTally } from '../../shared/stanceTally'
import type { StatementRef } from '../../shared/statementRow'
import type { Catalog } from '../storage/catalog'
import { eachMatched, matchedCount, type MatchedArticle } from '../statements/matchStatements'
import { monthRange } from './monthRange'
import { codebookOrder } from '../registry/positionTree'

type Cell = StanceTally & { speakerId: string; positionId: string; statementRefs: StatementRef[] }

type MonthTally = StanceTally & { month: string }

const increment = (totals: Map<string, number>, id: string) =>
  totals.set(id, (totals.get(id) ?? 0) + 1)

function addToMonth(
  lines: Map<string, Map<string, MonthTally>>,
  id: string,
  month: string,
  stance: Stance | undefined,
): void {
  let line = lines.get(id)
  if (!line) lines.set(id, (line = new Map()))
  let tally = line.get(month)
  if (!tally) line.set(month, (tally = { month, ...emptyTally() }))
  addToTally(tally, stance)
}

const inMonthOrder = (lines: Map<string, Map<string, MonthTally>>) =>
  Object.fromEntries(
    [...lines].map(([id, line]) => [
      id,
      [...line.values()].sort((a, b) => a.month.localeCompare(b.month)),
    ]),
  )

/** The matrix, timelines and network over a set of matched statements. */
export function analyseStatements(
  matched: readonly MatchedArticle[],
  catalog: Catalog,
): StatementAnalysis {
  const cells = new Map<string, Cell>()
  const speakerTotals = new Map<string, number>()
  const positionTotals = new Map<string, number>()
  let first = ''
  let last = ''
  for (const { summary, statement } of eachMatched(matched)) {
    const speakerId =
      statement.speakerId && catalog.speakers[statement.speakerId] ? statement.speakerId : undefined
    const positionId =
      statement.positionId && catalog.positions[statement.positionId]
        ? statement.positionId
        : undefined
    if (speakerId) increment(speakerTotals, speakerId)
    if (positionId) increment(positionTotals, positionId)
    if (summary.published) {
      if (!first || summary.published < first) first = summary.published
      if (summary.published > last) last = summary.published
    }
    if (!speakerId || !positionId) continue
    const key = `${speakerId} ${positionId}`
    let cell = cells.get(key)
    if (!cell) {
      cell = { speakerId, positionId, ...emptyTally(), statementRefs: [] }
      cells.set(key, cell)
    }
    addToTally(cell, statement.stance)
    cell.statementRefs.push({ articleId: summary.id, statementId: statement.id })
  }

  const months = monthRange(first, last)
  const bySpeaker = new Map<string, Map<string, MonthTally>>()
  const byPosition = new Map<string, Map<string, MonthTally>>()
  let undated = 0
  for (const { summary, statement } of eachMatched(matched)) {
    const month = summary.published.slice(0, 7)
    if (!month) {
      undated++
      continue
    }
    if (statement.speakerId && speakerTotals.has(statement.speakerId))
      addToMonth(bySpeaker, statement.speakerId, month, statement.stance)
    if (statement.positionId && positionTotals.has(statement.positionId))
      addToMonth(byPosition, statement.positionId, month, statement.stance)
  }

  const speakers = [...speakerTotals]
    .map(([id, total]) => {
      const { name, kind } = catalog.speakers[id]
      return { id, name, kind, total }
    })
    .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name))
  const positions = codebookOrder(catalog.positions)
    .filter((p) => positionTotals.has(p.id))
    .map((p) => ({
      id: p.id,
      label: p.label,
      color: p.color,
      parentId: p.parentId,
      total: positionTotals.get(p.id) ?? 0,
    }))
  const cellList = [...cells.values()]
  return {
    total: matchedCount(matched),
    sampleStatements: matchedCount(matched.filter((article) => article.summary.sample)),
    speakers,
    positions,
    cells: cellList,
    timeline: {
      months,
      bySpeaker: inMonthOrder(bySpeaker),
      byPosition: inMonthOrder(byPosition),
      undated,
    },
    network: {
      nodes: [
        ...speakers.map((s) => ({
          id: s.id,
          kind: 'speaker' as const,
          label: s.name,
          total: s.total,
        })),
        ...positions.map((p) => ({
          id: p.id,
          kind: 'position' as const,
          label: p.label,
          total: p.total,
        })),
      ],
      edges: cellList.map((cell) => ({
        source: cell.speakerId,
        target: cell.positionId,
        supports: cell.supports,
        opposes: cell.opposes,
        neutral: cell.neutral,
        none: cell.none,
        total: cell.total,
        net: cell.net,
        contradiction: cell.contradiction,
      })),
    },
  }
}
