import type { SpeakerProfile } from '../../shared/analysis'
import { StancemarkError } from '../../shared/errors'
import { addToTally, emptyTally, type StanceTally } from '../../shared/stanceTally'
import type { StatementRef } from '../../shared/statementRow'
import type { Catalog } from '../storage/catalog'
import { matchStatements, type MatchedStatement } from '../statements/matchStatements'
import { monthRange } from './monthRange'
import { sortStatements } from '../statements/sortStatements'
import { rowOfStatement } from '../statements/rowOfStatement'
import type { StatementIndex } from '../statements/statementIndex'

const ref = ({ summary, statement }: MatchedStatement): StatementRef => ({
  articleId: summary.id,
  statementId: statement.id,
})

/** One speaker's statements over time, grouped by position, with their contradictions. */
export function speakerProfile(
  index: StatementIndex,
  catalog: Catalog,
  id: string,
  reader: string,
): SpeakerProfile {
  const speaker = catalog.speakers[id]
  if (!speaker) throw new StancemarkError('not-found', 'That speaker is not in the registry.')
  const matched = sortStatements(
    matchStatements(index, catalog, { speakerIds: [id] }, reader),
    catalog,
    'published',
    'asc',
  )
  const tally = emptyTally()
  const groups = new Map<string, { tally: StanceTally; matched: MatchedStatement[] }>()
  const dates: string[] = []
  for (const m of matched) {
    addToTally(tally, m.statement.stance)
    if (m.summary.published) dates.push(m.summary.published)
    const key =
      m.statement.positionId && catalog.positions[m.statement.positionId]
        ? m.statement.positionId
        : ''
    const group = groups.get(key) ?? { tally: emptyTally(), matched: [] }
    addToTally(group.tally, m.statement.stance)
    group.matched.push(m)
    groups.set(key, group)
  }
  const label = (positionId: string) => {
    const position = catalog.positions[positionId]
    return position && { id: position.id, label: position.label, color: position.color }
  }
  const ordered = [...groups.entries()].sort(
    ([a, x], [b, y]) => (a === '' ? 1 : 0) - (b === '' ? 1 : 0) || y.tally.total - x.tally.total,
  )
  const first = dates[0] ?? ''
  const last = dates[dates.length - 1] ?? ''
  const timeline = monthRange(first, last).map((month) => ({ month, ...emptyTally() }))
  const byMonth = new Map(timeline.map((entry) => [entry.month, entry]))
  for (const m of matched) {
    const entry = byMonth.get(m.summary.published.slice(0, 7))
    if (entry) addToTally(entry, m.statement.stance)
  }
  return {
    speaker,
    affiliation: speaker.affiliationId ? catalog.speakers[speaker.affiliationId] : undefined,
    members: Object.values(catalog.speakers)
      .filter((s) => s.affiliationId === id)
      .sort((a, b) => a.name.localeCompare(b.name)),
    counts: {
      ...tally,
      articles: new Set(matched.map((m) => m.summary.id)).size,
      first,
      last,
    },
    positions: ordered.map(([positionId, group]) => ({
      position: positionId ? label(positionId) : undefined,
      tally: group.tally,
      statements: group.matched.map((m) => rowOfStatement(m, catalog)),
    })),
    timeline,
    contradictions: ordered.flatMap(([positionId, group]) => {
      const position = positionId ? label(positionId) : undefined
      if (!position || !group.tally.contradiction) return []
      return [
        {
          position,
          supporting: group.matched.filter((m) => m.statement.stance === 'supports').map(ref),
          opposing: group.matched.filter((m) => m.statement.stance === 'opposes').map(ref),
        },
      ]
    }),
  }
}
