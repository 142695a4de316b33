import MiniSearch, { type AsPlainObject, type Options } from 'minisearch'
import { foldTerm } from './foldTerm'
import { jsonLines, lineAt } from './jsonLines'
import { jsonLinesInSlices } from './textInSlices'

/** Bumped when the fields or the term processing change: an index of another version is rebuilt. */
export const SEARCH_INDEX_VERSION = 2

/** An article matching a search: how well, and which of the index's words it matched. */
export interface SearchMatch {
  id: string
  score: number
  terms: string[]
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

// While typing, the last word may be unfinished; the ones before it are whole words.
const prefix = (term: string, i: number, terms: string[]) =>
  i === terms.length - 1 && term.length >= 2
// A long word may have a typo: tried only when the words as typed find too little.
const fuzzy = (term: string) => (term.length >= 5 ? 0.2 : false)

const OPTIONS: Options<SearchDocument> = {
  fields: ['title', 'text', 'notes'],
  storeFields: [],
  processTerm: (term) => foldTerm(term) || null,
  searchOptions: { boost: { title: 2 }, combineWith: 'AND' },
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
export class SearchIndex {
  readonly #mini: MiniSearch<SearchDocument>
  readonly #stamps: Map<string, string>

  private constructor(mini: MiniSearch<SearchDocument>, stamps: Map<string, string>) {
    this.#mini = mini
    this.#stamps = stamps
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
      stamps: Object.fromEntries(this.#stamps),
      index: rest,
      terms: index.length,
    }
    return jsonLinesInSlices(head, index, termsPerSlice)
  }

  get size(): number {
    return this.#stamps.size
  }

  stamp(id: string): string | undefined {
    return this.#stamps.get(id)
  }

  ids(): IterableIterator<string> {
    return this.#stamps.keys()
  }

  set(id: string, stamp: string, fields: SearchFields): void {
    if (this.#mini.has(id)) this.#mini.discard(id)
    this.#mini.add({ id, ...fields })
    this.#stamps.set(id, stamp)
  }

  remove(id: string): void {
    if (this.#mini.has(id)) this.#mini.discard(id)
    this.#stamps.delete(id)
  }

  /**
   * The best `limit` articles matching every word, best first. Typos are forgiven only when the
   * words as typed match fewer than `enough` articles.
   */
  search(text: string, enough = 1, limit = Infinity): SearchMatch[] {
    let results = this.#mini.search(text, { prefix })
    if (results.length < enough) results = this.#mini.search(text, { prefix, fuzzy })
    return results
      .slice(0, limit)
      .map((result) => ({ id: String(result.id), score: result.score, terms: result.terms }))
  }

  /** Every article matching every word, with its score; typos forgiven when none does. */
  rank(text: string): { ids: string[]; scores: Float64Array } {
    let results = this.#mini.search(text, { prefix })
    if (results.length === 0) results = this.#mini.search(text, { prefix, fuzzy })
    const scores = new Float64Array(results.length)
    results.forEach((result, i) => (scores[i] = result.score))
    return { ids: results.map((result) => String(result.id)), scores }
  }
}
