import type { StatementFilter } from '../shared/contract'
import { STANCES } from '../shared/model'
import type { Catalog } from './catalog'
import type { MatchedStatement } from './matchStatements'

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })
const LAST = Number.POSITIVE_INFINITY

/** Ranks of a set of things by a text, so 100,000 rows sort by numbers, not by strings. */
function ranks<T>(items: Iterable<T>, id: (item: T) => string, key: (item: T) => string) {
  const sorted = [...items].sort(
    (a, b) => collator.compare(key(a), key(b)) || id(a).localeCompare(id(b)),
  )
  return new Map(sorted.map((item, rank) => [id(item), rank]))
}

/**
 * The matched statements sorted by a column. Empty values (no speaker, no date) go last in
 * both directions; ties keep article order (published, then title) and reading order.
 */
export function sortStatements(
  matched: MatchedStatement[],
  catalog: Catalog,
  sort: NonNullable<StatementFilter['sort']>,
  direction: NonNullable<StatementFilter['direction']>,
): MatchedStatement[] {
  const sign = direction === 'desc' ? -1 : 1
  const summaries = new Map(matched.map((m) => [m.summary.id, m.summary]))
  const byTitle = sort === 'article'
  const articleRank = new Map(
    [...summaries.values()]
      .sort((a, b) =>
        byTitle
          ? collator.compare(a.title, b.title) || a.published.localeCompare(b.published)
          : a.published.localeCompare(b.published) || collator.compare(a.title, b.title),
      )
      .map((summary, rank) => [summary.id, rank]),
  )
  const article = (m: MatchedStatement) => articleRank.get(m.summary.id) ?? 0
  let key: (m: MatchedStatement) => number
  if (sort === 'speaker') {
    const speakers = ranks(
      Object.values(catalog.speakers),
      (s) => s.id,
      (s) => s.name,
    )
    key = (m) => (m.statement.speakerId ? (speakers.get(m.statement.speakerId) ?? LAST) : LAST)
  } else if (sort === 'position') {
    const positions = ranks(
      Object.values(catalog.positions),
      (p) => p.id,
      (p) => p.label,
    )
    key = (m) => (m.statement.positionId ? (positions.get(m.statement.positionId) ?? LAST) : LAST)
  } else if (sort === 'stance') {
    key = (m) => (m.statement.stance ? STANCES.indexOf(m.statement.stance) : LAST)
  } else if (sort === 'published') {
    key = (m) => (m.summary.published ? article(m) : LAST)
  } else {
    key = article
  }
  const decorated = matched.map((m) => ({ m, key: key(m), article: article(m) }))
  decorated.sort((a, b) => {
    if (a.key !== b.key) return a.key === LAST ? 1 : b.key === LAST ? -1 : sign * (a.key - b.key)
    return a.article - b.article || a.m.statement.start - b.m.statement.start
  })
  return decorated.map((d) => d.m)
}
