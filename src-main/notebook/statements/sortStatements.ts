import type { StatementFilter } from '../../shared/contract'
import { STANCES, type ArticleSummary } from '../../shared/model'
import type { Catalog } from '../storage/catalog'
import { foldText } from '../../shared/nameKey'
import type { MatchedArticle, MatchedStatement } from './matchStatements'
import type { IndexedStatement } from './statementIndex'

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })
const byText = (a: string, b: string) => (a === b ? 0 : a < b ? -1 : 1)

/** Ranks of a set of things by a text: statements then sort by small numbers, not strings. */
function ranks<T extends { id: string }>(items: T[], text: (item: T) => string) {
  const sorted = items.sort((a, b) => collator.compare(text(a), text(b)) || byText(a.id, b.id))
  return new Map(sorted.map((item, rank) => [item.id, rank]))
}

/** Titles folded for sorting, kept while the summary is (a changed article gets a new summary). */
const foldedTitles = new WeakMap<ArticleSummary, string>()
function foldedTitle(summary: ArticleSummary): string {
  let folded = foldedTitles.get(summary)
  if (folded === undefined) foldedTitles.set(summary, (folded = foldText(summary.title)))
  return folded
}

/** Articles by date (undated last, same day by title) or by title (then date). */
function articleOrder(matched: MatchedArticle[], byTitle: boolean, descending: boolean) {
  const sign = descending ? -1 : 1
  const keyed = matched.map((article) => ({
    article,
    title: foldedTitle(article.summary),
    published: article.summary.published,
    id: article.summary.id,
  }))
  keyed.sort((a, b) => {
    const titles = byText(a.title, b.title)
    if (byTitle) return sign * titles || byText(a.published, b.published) || byText(a.id, b.id)
    if (!a.published !== !b.published) return a.published ? -1 : 1
    return sign * byText(a.published, b.published) || titles || byText(a.id, b.id)
  })
  return keyed.map((k) => k.article)
}

/** Quotes folded for sorting, kept while the indexed statement is. */
const foldedQuotes = new WeakMap<IndexedStatement, string>()
function foldedQuote(statement: IndexedStatement): string {
  let folded = foldedQuotes.get(statement)
  if (folded === undefined) foldedQuotes.set(statement, (folded = foldText(statement.quote)))
  return folded
}

/**
 * The statements of `articles` (in their order) by their quote's words, case and accents aside;
 * the same quote keeps that order. Every statement is compared: the one column with a value of
 * its own for each.
 */
function byQuote(articles: MatchedArticle[], descending: boolean): MatchedStatement[] {
  const sign = descending ? -1 : 1
  const all: { row: MatchedStatement; quote: string; at: number }[] = []
  for (const { summary, statements } of articles)
    for (const statement of statements)
      all.push({ row: { summary, statement }, quote: foldedQuote(statement), at: all.length })
  all.sort((a, b) => sign * byText(a.quote, b.quote) || a.at - b.at)
  return all.map(({ row }) => row)
}

/** The rank of each statement's value for a column (undefined: empty) and how many values there are. */
function columnRank(catalog: Catalog, sort: 'speaker' | 'position' | 'stance') {
  if (sort === 'speaker') {
    const speakers = ranks(Object.values(catalog.speakers), (s) => s.name)
    const rank = (s: IndexedStatement) => (s.speakerId ? speakers.get(s.speakerId) : undefined)
    return { rank, values: speakers.size }
  }
  if (sort === 'position') {
    const positions = ranks(Object.values(catalog.positions), (p) => p.label)
    const rank = (s: IndexedStatement) => (s.positionId ? positions.get(s.positionId) : undefined)
    return { rank, values: positions.size }
  }
  const rank = (s: IndexedStatement) => (s.stance ? STANCES.indexOf(s.stance) : undefined)
  return { rank, values: STANCES.length }
}

/**
 * One page of the matched statements sorted by a column. Empty values (no speaker, no date) go
 * last in both directions; ties keep article (date, then title) and reading order. Only articles
 * are compared: statements are put in buckets by their column's value, and only the page's are
 * collected, so 100,000 statements cost two passes.
 */
export function sortStatements(
  matched: MatchedArticle[],
  catalog: Catalog,
  sort: NonNullable<StatementFilter['sort']>,
  direction: NonNullable<StatementFilter['direction']>,
  offset = 0,
  limit = Number.POSITIVE_INFINITY,
): MatchedStatement[] {
  const byArticle = sort === 'published' || sort === 'article'
  const articles = articleOrder(matched, sort === 'article', byArticle && direction === 'desc')
  const end = offset + limit
  if (sort === 'quote') return byQuote(articles, direction === 'desc').slice(offset, end)
  const page: MatchedStatement[] = []
  if (byArticle) {
    let at = 0
    for (const { summary, statements } of articles) {
      if (at >= end) break
      const from = Math.max(0, offset - at)
      const to = Math.min(statements.length, end - at)
      for (let i = from; i < to; i++) page.push({ summary, statement: statements[i] })
      at += statements.length
    }
    return page
  }
  const { rank, values } = columnRank(catalog, sort)
  const empty = values
  const sizes = new Array<number>(values + 1).fill(0)
  for (const article of articles) for (const s of article.statements) sizes[rank(s) ?? empty]++
  const order = [...Array(values).keys()]
  if (direction === 'desc') order.reverse()
  order.push(empty)
  const wanted = new Map<
    number,
    { from: number; to: number; seen: number; rows: MatchedStatement[] }
  >()
  let at = 0
  for (const bucket of order) {
    const from = Math.max(0, offset - at)
    const to = Math.min(sizes[bucket], end - at)
    if (from < to) wanted.set(bucket, { from, to, seen: 0, rows: [] })
    at += sizes[bucket]
  }
  for (const { summary, statements } of articles) {
    for (const statement of statements) {
      const bucket = wanted.get(rank(statement) ?? empty)
      if (!bucket) continue
      const i = bucket.seen++
      if (i >= bucket.from && i < bucket.to) bucket.rows.push({ summary, statement })
    }
  }
  for (const bucket of order) for (const row of wanted.get(bucket)?.rows ?? []) page.push(row)
  return page
}
