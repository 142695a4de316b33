import type MiniSearch from 'minisearch'

/** Per field id, each document's short id → how often the term occurs in that field. */
type Postings = Map<number, Map<number, number>>

/**
 * What MiniSearch 7.2 keeps of its index, as its subclasses see it (protected members; the version
 * is pinned in package.json, and bestMatches.test.ts holds the ranking to MiniSearch's own).
 */
interface IndexData {
  _index: {
    get(term: string): Postings | undefined
    atPrefix(prefix: string): Iterable<[string, Postings]>
    fuzzyGet(term: string, maxDistance: number): Map<string, [Postings, number]>
  }
  _documentIds: Map<number, unknown>
  _idToShortId: Map<unknown, number>
  _fieldIds: Record<string, number>
  _fieldLength: Map<number, number[]>
  _avgFieldLength: number[]
  _documentCount: number
  _nextId: number
  _dirtCount: number
}

/** One word of a query: whether its longer words count, and how many typos are forgiven. */
export interface WordQuery {
  term: string
  prefix: boolean
  maxTypos: number
  /**
   * A word still being typed, as typed so far: the index's words it begins with count too, when
   * they are at least half of it (a stem its letters are on their way to).
   */
  typed?: string
}

/** An article matching every word: its id, score, and the index's words it matched. */
export interface BestMatch {
  id: string
  score: number
  terms: string[]
}

// MiniSearch's defaults: BM25+ parameters, and how much a longer or misspelt word counts.
const K = 1.2
const B = 0.7
const D = 0.5
const PREFIX_WEIGHT = 0.375
const FUZZY_WEIGHT = 0.45
/** The shortest word a word being typed may be on its way to. */
const SHORTEST_STEM = 4
/** Up to this many best matches are kept in order as they come; more are sorted at the end. */
const KEPT_IN_ORDER = 64

interface Variant {
  term: string
  weight: number
  postings: Postings
}

/** The index's words a query word matches: itself, then longer ones, then misspelt ones. */
function variantsOf(index: IndexData['_index'], word: WordQuery): Variant[] {
  const variants: Variant[] = []
  const exact = index.get(word.term)
  if (exact) variants.push({ term: word.term, weight: 1, postings: exact })
  const typos = word.maxTypos > 0 ? index.fuzzyGet(word.term, word.maxTypos) : undefined
  if (word.prefix)
    for (const [term, postings] of index.atPrefix(word.term)) {
      const longer = term.length - word.term.length
      if (!longer) continue
      typos?.delete(term)
      const weight = (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * longer)
      variants.push({ term, weight, postings })
    }
  if (word.typed) {
    const shortest = Math.max(SHORTEST_STEM, Math.ceil(word.typed.length / 2))
    for (let end = word.typed.length - 1; end >= shortest; end--) {
      const term = word.typed.slice(0, end)
      const postings = term.length < word.term.length ? index.get(term) : undefined
      if (!postings) continue
      typos?.delete(term)
      const shorter = word.typed.length - term.length
      variants.push({ term, weight: (PREFIX_WEIGHT * end) / (end + 0.3 * shorter), postings })
    }
  }
  for (const [term, [postings, distance]] of typos ?? []) {
    if (!distance) continue
    variants.push({
      term,
      weight: (FUZZY_WEIGHT * term.length) / (term.length + distance),
      postings,
    })
  }
  return variants
}

/**
 * The articles matching every word, scored exactly as MiniSearch's `search` scores them (BM25+,
 * field boosts, longer and misspelt words weighted down, combined with AND), but into flat
 * arrays: MiniSearch makes an object per matching article and per word, and sorts them all, which
 * at 10,000 articles matching a common word takes 20–50 ms where this takes a few.
 */
export class BestMatches {
  readonly #data: IndexData
  readonly #fieldIds: number[]
  readonly #words: Variant[][]
  readonly #scores: Float64Array
  /** In the order MiniSearch lists equal scores: the order the last word first met them. */
  #matched: number[] = []

  /** `among`: only these articles count, when given. */
  constructor(
    mini: MiniSearch,
    words: WordQuery[],
    boosts: Record<string, number>,
    among?: Iterable<string>,
  ) {
    const data = mini as unknown as IndexData
    this.#data = data
    this.#fieldIds = Object.keys(boosts).map((field) => data._fieldIds[field])
    this.#words = words.map((word) => variantsOf(data._index, word))
    this.#scores = new Float64Array(data._nextId)
    const wordsMatched = new Uint16Array(data._nextId)
    this.#words.forEach((variants, i) => {
      const { scores, met } = this.#score(variants, Object.values(boosts), wordsMatched, i)
      for (const doc of met) {
        this.#scores[doc] += scores[doc]
        wordsMatched[doc] = i + 1
      }
      if (i === words.length - 1) this.#matched = met
    })
    if (among) {
      const allowed = new Uint8Array(data._nextId)
      for (const id of among) {
        const doc = data._idToShortId.get(id)
        if (doc !== undefined) allowed[doc] = 1
      }
      this.#matched = this.#matched.filter((doc) => allowed[doc])
    }
    // MiniSearch multiplies by the number of distinct words matched: with AND, all of them.
    const quality = new Set(words.map((word) => word.term)).size
    for (const doc of this.#matched) this.#scores[doc] *= quality
  }

  /** One word's score in each article that matched every word before it, and those articles. */
  #score(variants: Variant[], boosts: number[], wordsMatched: Uint16Array, i: number) {
    const {
      _documentIds: live,
      _fieldLength: lengths,
      _avgFieldLength,
      _documentCount,
    } = this.#data
    // Articles removed since the index was last cleaned stay in its word lists until then.
    const dirty = this.#data._dirtCount > 0
    const scores = new Float64Array(this.#scores.length)
    const seen = new Uint8Array(this.#scores.length)
    const met: number[] = []
    for (const { weight, postings } of variants)
      this.#fieldIds.forEach((fieldId, f) => {
        const frequencies = postings.get(fieldId)
        if (!frequencies) return
        let count = frequencies.size
        if (dirty) for (const doc of frequencies.keys()) if (!live.has(doc)) count--
        const idf = Math.log(1 + (_documentCount - count + 0.5) / (count + 0.5))
        const average = _avgFieldLength[fieldId]
        const boost = weight * boosts[f]
        for (const [doc, frequency] of frequencies) {
          if (wordsMatched[doc] !== i || (dirty && !live.has(doc))) continue
          const length = lengths.get(doc)![fieldId]
          const raw =
            idf * (D + (frequency * (K + 1)) / (frequency + K * (1 - B + (B * length) / average)))
          if (seen[doc]) scores[doc] += boost * raw
          else {
            seen[doc] = 1
            scores[doc] = boost * raw
            met.push(doc)
          }
        }
      })
    return { scores, met }
  }

  get count(): number {
    return this.#matched.length
  }

  /** The best `limit` matches, best first; equal scores in the order MiniSearch lists them. */
  best(limit: number): BestMatch[] {
    const scores = this.#scores
    let best: number[]
    if (limit > KEPT_IN_ORDER) {
      best = this.#matched.slice().sort((a, b) => scores[b] - scores[a])
      best.length = Math.min(best.length, limit)
    } else {
      best = []
      for (const doc of this.#matched) {
        const score = scores[doc]
        if (best.length === limit && score <= scores[best[limit - 1]]) continue
        let at = best.length
        while (at > 0 && scores[best[at - 1]] < score) at--
        best.splice(at, 0, doc)
        if (best.length > limit) best.pop()
      }
    }
    return best.map((doc) => ({
      id: String(this.#data._documentIds.get(doc)),
      score: scores[doc],
      terms: this.#termsOf(doc),
    }))
  }

  /** Every match: ids and scores, in no particular order. */
  all(): { ids: string[]; scores: Float64Array } {
    const scores = new Float64Array(this.#matched.length)
    const ids = this.#matched.map((doc, i) => {
      scores[i] = this.#scores[doc]
      return String(this.#data._documentIds.get(doc))
    })
    return { ids, scores }
  }

  /** The index's words this article matched, for highlighting. */
  #termsOf(doc: number): string[] {
    const terms = new Set<string>()
    for (const variants of this.#words)
      for (const { term, postings } of variants)
        if (this.#fieldIds.some((fieldId) => postings.get(fieldId)?.has(doc))) terms.add(term)
    return [...terms]
  }
}
