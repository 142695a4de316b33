import MiniSearch, { type AsPlainObject, type Options } from 'minisearch'
import { BestMatches, type WordQuery } from './bestMatches'
import { foldText } from '../../shared/nameKey'
import { jsonLines, lineAt } from '../storage/jsonLines'
import { searchTerm } from './searchTerm'
import { jsonLinesInSlices } from '../storage/textInSlices'
import { StampedIds } from './stampedIds'

/**
 * Bumped when the fields or the term processing change: an index of another version is rebuilt.
 * 3: words are stemmed (searchTerm).
 */
export const SEARCH_INDEX_VERSION = 3

/** An article matching a search: how well, and which of the index's words it matched. */
export interface SearchMatch {
  id: string
  score: number
  terms: string[]
}

/** The best matches of a search, and how many articles match it in all. */
export interface SearchPage {
  matches: SearchMatch[]
  total: number
}

/** The fields of an article the index keeps the words of. */
export interface SearchFields {
  title: string
  text: string
  notes: string
}

interface SearchDocument extends SearchFields {
  id: string
}

const FIELDS = ['title', 'text', 'notes'] as const
/** Words in a title count twice. */
const BOOSTS: Record<(typeof FIELDS)[number], number> = { title: 2, text: 1, notes: 1 }

const OPTIONS: Options<SearchDocument> = {
  fields: [...FIELDS],
  storeFields: [],
  processTerm: (term) => searchTerm(term) || null,
}

const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[]

/**
 * The words of a search as the index compares them (stemmed, as the index keeps them). While
 * typing, the last word may be unfinished: longer words count too, and so do the stems its
 * letters so far begin with ("negotiat" is on its way to "negoti"). A long word may have a typo:
 * one in five letters is forgiven when asked (only when the words as typed find too little).
 */
function wordsOf(text: string, typos: boolean): WordQuery[] {
  const words = tokenize(text)
    .map((word) => ({ word, term: searchTerm(word) }))
    .filter(({ term }) => term !== '')
  // The first letter of a next word ("harbour f") is not a word yet: the matches stay those of
  // the words before it rather than blinking to none until the second letter.
  if (words.length > 1 && words.at(-1)!.term.length === 1 && !/\s$/.test(text)) words.pop()
  return words.map(({ word, term }, i) => {
    const prefix = i === words.length - 1 && term.length >= 2
    return {
      term,
      prefix,
      typed: prefix ? foldText(word) : undefined,
      maxTypos: typos && term.length >= 5 ? Math.min(6, Math.round(term.length * 0.2)) : 0,
    }
  })
}

type IndexEntry = AsPlainObject['index'][number]

/**
 * The first line of an index file; after it, one line per term of the index (`terms` of them),
 * so reading it back never holds the whole file parsed beside the index being made of it.
 */
interface SearchIndexHead {
  version: number
  /** The version of each article indexed (see coverStamp). */
  stamps: Record<string, string>
  /** MiniSearch's plain object without its terms. */
  index: Omit<AsPlainObject, 'index'>
  terms: number
}

/** Full-text index over titles, text and notes (MiniSearch); keeps no text, only terms. */
export class SearchIndex extends StampedIds {
  readonly #mini: MiniSearch<SearchDocument>

  private constructor(mini: MiniSearch<SearchDocument>, stamps: Map<string, string>) {
    super(stamps)
    this.#mini = mini
  }

  static empty(): SearchIndex {
    return new SearchIndex(new MiniSearch(OPTIONS), new Map())
  }

  /**
   * Reads a saved index from its file's bytes; throws on one of another version or shape (the
   * caller rebuilds). The file is never one string: each line is, in its turn.
   */
  static parse(bytes: Buffer): SearchIndex {
    const { line, next } = lineAt(bytes, 0)
    const head = JSON.parse(line) as Partial<SearchIndexHead> | null
    if (
      head?.version !== SEARCH_INDEX_VERSION ||
      !head.stamps ||
      !head.index ||
      typeof head.terms !== 'number'
    )
      throw new Error('not a search index of this version')
    const terms = jsonLines<IndexEntry>(
      bytes,
      next,
      head.terms,
    ) as unknown as AsPlainObject['index']
    const mini = MiniSearch.loadJS({ ...head.index, index: terms }, OPTIONS)
    return new SearchIndex(mini, new Map(Object.entries(head.stamps)))
  }

  /**
   * The index as the text of its file, in parts. MiniSearch copies its index out at once (~0.4 s at
   * 10,000 articles); the lines are then made a slice of terms at a time, the thread let go
   * between slices so that searches asked meanwhile are answered (and changes made meanwhile
   * wait for the next write).
   */
  serialize(termsPerSlice = 5000): Promise<string[]> {
    const { index, ...rest } = this.#mini.toJSON()
    const head: SearchIndexHead = {
      version: SEARCH_INDEX_VERSION,
      stamps: Object.fromEntries(this.stamps),
      index: rest,
      terms: index.length,
    }
    return jsonLinesInSlices(head, index, termsPerSlice)
  }

  set(id: string, stamp: string, fields: SearchFields): void {
    if (this.#mini.has(id)) this.#mini.discard(id)
    this.#mini.add({ id, ...fields })
    this.stamps.set(id, stamp)
  }

  remove(id: string): void {
    if (this.#mini.has(id)) this.#mini.discard(id)
    this.stamps.delete(id)
  }

  /**
   * The best `limit` articles matching every word (only those `among` these, when given), best
   * first. Typos are forgiven only when the words as typed match fewer than `enough` articles.
   */
  search(text: string, enough = 1, limit = Infinity, among?: Iterable<string>): SearchMatch[] {
    return this.#matches(text, enough, among).best(limit)
  }

  /** As `search`, with how many articles match in all. */
  page(text: string, enough: number, limit: number, among?: Iterable<string>): SearchPage {
    const matches = this.#matches(text, enough, among)
    return { matches: matches.best(limit), total: matches.count }
  }

  /** Every article matching every word, with its score, in no order; typos forgiven when none does. */
  rank(text: string): { ids: string[]; scores: Float64Array } {
    return this.#matches(text, 1).all()
  }

  #matches(text: string, enough: number, among?: Iterable<string>): BestMatches {
    const matches = new BestMatches(this.#mini, wordsOf(text, false), BOOSTS, among)
    if (matches.count >= enough) return matches
    return new BestMatches(this.#mini, wordsOf(text, true), BOOSTS, among)
  }
}
