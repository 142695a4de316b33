import { ArticleFilter } from '../../shared/contract'
import type {
  ArticleQuery,
  Contract,
  Handlers,
  SearchHit,
  SearchResults,
} from '../../shared/contract'
import type { ArticleSummary } from '../../shared/model'
import type { ArchiveFacets } from '../../shared/statementQuery'
import type { z } from 'zod'
import type { NotebookContext } from '../context'
import { firstInOrder } from './firstInOrder'
import { matchStatements } from '../statements/matchStatements'
import { readerOf } from '../registry/coders'
import { highlightRanges, searchSnippet } from './searchSnippet'
import { anyCodedBlind, summarySeen } from './summariesSeen'
import { readStatements } from '../agreement/readingRule'

type LibraryMethods = 'getArchiveInfo' | 'listArticles' | 'getFacets' | 'search' | 'findInArticle'
type Query = z.output<typeof ArticleQuery>
type Filter = z.output<typeof ArticleFilter>

/** Matched words marked in an opened article: more would be more than a person looks through. */
const MARKED_IN_TEXT = 500

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })

/** Empty values last whichever the direction. */
function compareText(a: string, b: string, sign: number, byCollator: boolean): number {
  if (a === b) return 0
  if (!a) return 1
  if (!b) return -1
  return sign * (byCollator ? collator.compare(a, b) : a < b ? -1 : 1)
}

/** ISO timestamps sort as plain strings; a collator would cost most of a list of 10,000. */
const byTime = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** The order a query lists articles in; ties go by id, so every order is total. */
function summaryOrder(query: Query, relevance?: Map<string, number>) {
  const sort = query.sort ?? (relevance ? 'relevance' : 'published')
  const ascending = sort === 'title' || sort === 'source'
  const sign = (query.direction ?? (ascending ? 'asc' : 'desc')) === 'asc' ? 1 : -1
  const newest = (a: ArticleSummary, b: ArticleSummary) =>
    compareText(a.published, b.published, -1, false) || byTime(b.updatedAt, a.updatedAt)
  const compare: Record<typeof sort, (a: ArticleSummary, b: ArticleSummary) => number> = {
    relevance: (a, b) => sign * ((relevance?.get(a.id) ?? 0) - (relevance?.get(b.id) ?? 0)),
    published: (a, b) =>
      compareText(a.published, b.published, sign, false) || sign * byTime(a.updatedAt, b.updatedAt),
    title: (a, b) => compareText(a.title, b.title, sign, true) || newest(a, b),
    source: (a, b) => compareText(a.source, b.source, sign, true) || newest(a, b),
    updated: (a, b) => sign * byTime(a.updatedAt, b.updatedAt),
  }
  return (a: ArticleSummary, b: ArticleSummary) => compare[sort](a, b) || a.id.localeCompare(b.id)
}

function tally(values: Iterable<string>, counts = new Map<string, number>()) {
  for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1)
  return counts
}

const facetList = (counts: Map<string, number>) =>
  [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || collator.compare(a.value, b.value))

/** The library: articles by their summaries, the full-text index for words. */
export function handlers({
  archive,
  indexes,
}: NotebookContext): Pick<Handlers<Contract>, LibraryMethods> {
  const catalog = () => archive.catalog

  /**
   * The articles' summaries as the current coder may see them; the statement index is waited for
   * only when they code some article blind.
   */
  async function summaries(): Promise<ArticleSummary[]> {
    const reader = readerOf(archive)
    if (!anyCodedBlind(catalog(), reader)) return Object.values(catalog().articles)
    const index = await indexes.statements()
    // Read after the wait for the index, so that both are of the same moment.
    return Object.values(catalog().articles).map((summary) =>
      summarySeen(summary, index, catalog(), reader),
    )
  }

  /** Whether a query sets any of the filter's conditions. */
  const filters = (query: Filter) =>
    (Object.keys(ArticleFilter.shape) as (keyof Filter)[]).some((key) => query[key] !== undefined)

  /** The test an article's summary must pass to be listed under the filter's conditions. */
  async function passes(query: Filter): Promise<(summary: ArticleSummary) => boolean> {
    // Two statement conditions at once must hold on the same statement: ask the statement index.
    const { speakerId, positionId, stance } = query
    let coded: Set<string> | undefined
    if ([speakerId, positionId, stance].filter((c) => c !== undefined).length > 1) {
      const statements = await indexes.statements()
      const matched = matchStatements(
        statements,
        catalog(),
        { speakerId, positionId, stance },
        readerOf(archive),
      )
      coded = new Set(matched.map((article) => article.summary.id))
    }
    return (a) =>
      (!coded || coded.has(a.id)) &&
      (query.source === undefined || a.source === query.source) &&
      (!query.from || a.published >= query.from) &&
      (!query.to || (a.published !== '' && a.published <= query.to)) &&
      (!speakerId || a.speakerIds.includes(speakerId)) &&
      (!positionId || a.positionIds.includes(positionId)) &&
      (!stance || a.stances.includes(stance)) &&
      (!query.tag || a.tags.includes(query.tag)) &&
      (query.hasStatements === undefined || query.hasStatements === a.statementCount > 0)
  }

  async function search(
    query: Filter & { text: string; offset?: number; limit: number },
  ): Promise<SearchResults> {
    if (!query.text.trim()) return { hits: [], total: 0 }
    const { text, offset = 0, limit } = query
    let among: string[] | undefined
    if (filters(query)) {
      const pass = await passes(query)
      among = (await summaries()).filter(pass).map((summary) => summary.id)
    }
    // Typos are forgiven when the words as typed fill less than a page, whichever page is asked.
    const { matches, total } = await (
      await indexes.search()
    ).search(text, limit, offset + limit, among)
    // Snippets are made of the asked page's articles only: each is an article file read.
    const hits = await Promise.all(
      matches.slice(offset).map(async (result): Promise<SearchHit | undefined> => {
        const summary = catalog().articles[result.id]
        if (!summary) return undefined
        const read = () =>
          archive.readArticle(summary.id).then(
            (article) => indexes.texts.of(article),
            () => undefined,
          )
        const text = indexes.texts.kept(summary) ?? (await read())
        if (!text) return undefined
        const terms = new Set(result.terms)
        let field: SearchHit['field'] = 'text'
        let passage = searchSnippet(text.text, terms)
        if (!passage.found && text.notes) {
          const inNotes = searchSnippet(text.notes, terms)
          if (inNotes.found) [passage, field] = [inNotes, 'notes']
        }
        return {
          articleId: summary.id,
          title: summary.title,
          snippet: passage.snippet,
          highlights: passage.highlights,
          titleHighlights: highlightRanges(summary.title, terms),
          field,
          source: summary.source,
          published: summary.published,
          score: result.score,
          ...(summary.sample && { sample: true as const }),
        }
      }),
    )
    return { hits: hits.filter((hit): hit is SearchHit => hit !== undefined), total }
  }

  return {
    getArchiveInfo: () => ({
      path: archive.dir,
      notices: archive.notices,
      readOnly: archive.readOnly,
      lockedBy: archive.lockedBy && {
        ...archive.lockedBy,
        message: archive.readOnlyError().message,
      },
    }),

    listArticles: async (query) => {
      let relevance: Map<string, number> | undefined
      if (query.text?.trim()) {
        const { ids, scores } = await (await indexes.search()).rank(query.text)
        relevance = new Map(ids.map((id, i) => [id, scores[i]]))
      }
      const pass = await passes(query)
      const items = (await summaries()).filter(
        (a) => (!relevance || relevance.has(a.id)) && pass(a),
      )
      const order = summaryOrder(query, relevance)
      const end = query.offset + query.limit
      // The first pages of a long list are picked out rather than the whole list sorted.
      const listed = end < items.length / 8 ? firstInOrder(items, end, order) : items.sort(order)
      return { total: items.length, items: listed.slice(query.offset, end) }
    },

    getFacets: async (): Promise<ArchiveFacets> => {
      const statementTags = new Map<string, number>()
      const reader = readerOf(archive)
      for (const [id, article] of (await indexes.statements()).entries()) {
        const coding = catalog().articles[id]?.coding
        for (const statement of readStatements(article.statements, coding, catalog(), reader))
          tally(statement.tags, statementTags)
      }
      // Read after the wait for the index, so that both are of the same moment.
      const summaries = Object.values(catalog().articles)
      const dates = summaries
        .map((a) => a.published)
        .filter(Boolean)
        .sort()
      return {
        sources: facetList(tally(summaries.map((a) => a.source))),
        tags: facetList(tally(summaries.flatMap((a) => a.tags))),
        statementTags: facetList(statementTags),
        published: { from: dates[0] ?? '', to: dates[dates.length - 1] ?? '' },
      }
    },

    search,

    findInArticle: async (articleId, text) => {
      const {
        matches: [match],
      } = await (await indexes.search()).search(text, 1, 1, [articleId])
      if (!match) return []
      const article = await archive.readArticle(articleId)
      return highlightRanges(indexes.texts.of(article).text, new Set(match.terms), MARKED_IN_TEXT)
    },
  }
}
