import {
  STANCES,
  STATEMENT_MODES,
  type Article,
  type Stance,
  type StatementMode,
} from '../../shared/model'
import type { ArticleText } from '../library/articleText'
import { foldText } from '../../shared/nameKey'
import { jsonLines, lineAt } from '../storage/jsonLines'
import { jsonLinesInSlices } from '../storage/textInSlices'

/** Bumped when what is kept per statement changes: an index of another version is rebuilt. */
export const STATEMENT_INDEX_VERSION = 4

/** A statement with its quote and offsets, derived once per article version. */
export interface IndexedStatement {
  id: string
  /** Absent for a statement written before coders: the archive's first coder's. */
  coderId?: string
  consensus?: true
  speakerId?: string
  positionId?: string
  stance?: Stance
  tags: string[]
  note: string
  cue?: string
  mode?: StatementMode
  quote: string
  start: number
  end: number
}

export interface IndexedArticle {
  /** The version of the article (see coverStamp). */
  stamp: string
  /** Characters in its plain text: the continuum agreement on unitizing is measured over. */
  length: number
  statements: IndexedStatement[]
}

const isOptionalString = (value: unknown) => value === undefined || typeof value === 'string'

/** Checked by hand: a schema library takes a second over 100,000 statements, this a few ms. */
function isIndexedStatement(value: unknown): value is IndexedStatement {
  if (typeof value !== 'object' || value === null) return false
  const s = value as Record<string, unknown>
  return (
    typeof s.id === 'string' &&
    isOptionalString(s.coderId) &&
    (s.consensus === undefined || s.consensus === true) &&
    isOptionalString(s.speakerId) &&
    isOptionalString(s.positionId) &&
    (s.stance === undefined || (STANCES as readonly unknown[]).includes(s.stance)) &&
    Array.isArray(s.tags) &&
    s.tags.every((tag) => typeof tag === 'string') &&
    typeof s.note === 'string' &&
    isOptionalString(s.cue) &&
    (s.mode === undefined || (STATEMENT_MODES as readonly unknown[]).includes(s.mode)) &&
    typeof s.quote === 'string' &&
    typeof s.start === 'number' &&
    typeof s.end === 'number'
  )
}

function isIndexedArticle(value: unknown): value is IndexedArticle {
  if (typeof value !== 'object' || value === null) return false
  const a = value as Record<string, unknown>
  return (
    typeof a.stamp === 'string' &&
    typeof a.length === 'number' &&
    Array.isArray(a.statements) &&
    a.statements.every(isIndexedStatement)
  )
}

/** Every statement of the archive in memory, per article, in reading order: no body is read to query. */
export class StatementIndex {
  readonly #articles: Map<string, IndexedArticle>
  readonly #folded = new WeakMap<IndexedStatement, string>()
  /** Which articles have statements by each speaker and on each position: made on first use. */
  #holders: { speaker: Map<string, Set<string>>; position: Map<string, Set<string>> } | undefined

  private constructor(articles: Map<string, IndexedArticle>) {
    this.#articles = articles
  }

  static empty(): StatementIndex {
    return new StatementIndex(new Map())
  }

  /**
   * Reads a saved index from its file's bytes: a first line with the version and the number of
   * articles, then a line per article (`[id, {stamp, statements}]`), each parsed in its turn.
   * Throws on one of another version or shape (the caller rebuilds).
   */
  static parse(bytes: Buffer): StatementIndex {
    const { line, next } = lineAt(bytes, 0)
    const head = JSON.parse(line) as { version?: unknown; articles?: unknown } | null
    if (head?.version !== STATEMENT_INDEX_VERSION || typeof head.articles !== 'number')
      throw new Error('not a statement index of this version')
    const articles = new Map<string, IndexedArticle>()
    for (const entry of jsonLines<unknown>(bytes, next, head.articles)) {
      if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !isIndexedArticle(entry[1]))
        throw new Error('a statement index entry is damaged')
      articles.set(entry[0], entry[1])
    }
    return new StatementIndex(articles)
  }

  /**
   * The index as the text of its file in parts (a head line, then a line per article), made a slice of
   * articles at a time with the thread let go between slices: at 10,000 articles, made whole it
   * held the main thread ~0.2 s after each burst of saves, and every call waited for it. It is
   * the index as it was when asked (an article's entry is replaced when it changes, never changed
   * in place), whatever changes meanwhile.
   */
  serialize(articlesPerSlice = 250): Promise<string[]> {
    const entries = [...this.#articles]
    const head = { version: STATEMENT_INDEX_VERSION, articles: entries.length }
    return jsonLinesInSlices(head, entries, articlesPerSlice)
  }

  get size(): number {
    return this.#articles.size
  }

  stamp(id: string): string | undefined {
    return this.#articles.get(id)?.stamp
  }

  ids(): IterableIterator<string> {
    return this.#articles.keys()
  }

  entries(): IterableIterator<[string, IndexedArticle]> {
    return this.#articles.entries()
  }

  get(id: string): IndexedArticle | undefined {
    return this.#articles.get(id)
  }

  set(article: Article, stamp: string, text: ArticleText): void {
    const statements: IndexedStatement[] = []
    for (const span of text.spans) {
      const statement = article.statements[span.id]
      if (!statement) continue
      statements.push({
        id: statement.id,
        ...(statement.coderId && { coderId: statement.coderId }),
        ...(statement.consensus && { consensus: true as const }),
        speakerId: statement.speakerId,
        positionId: statement.positionId,
        stance: statement.stance,
        tags: statement.tags,
        note: statement.note,
        cue: statement.cue,
        mode: statement.mode,
        quote: span.quote,
        start: span.start,
        end: span.end,
      })
    }
    this.#unhold(article.id)
    this.#articles.set(article.id, { stamp, length: text.text.length, statements })
    this.#hold(article.id)
  }

  remove(id: string): void {
    this.#unhold(id)
    this.#articles.delete(id)
  }

  /**
   * The articles with a statement by one of `speakerIds` (when given) and with a statement on one
   * of `positionIds` (when given): where to look, so a query for one speaker does not read every
   * statement of the archive.
   */
  articlesWith(speakerIds?: ReadonlySet<string>, positionIds?: ReadonlySet<string>): Set<string> {
    const holders = this.#holdersNow()
    const union = (map: Map<string, Set<string>>, keys: ReadonlySet<string>) => {
      const ids = new Set<string>()
      for (const key of keys) for (const id of map.get(key) ?? []) ids.add(id)
      return ids
    }
    const bySpeaker = speakerIds && union(holders.speaker, speakerIds)
    const byPosition = positionIds && union(holders.position, positionIds)
    if (bySpeaker && byPosition) return new Set([...bySpeaker].filter((id) => byPosition.has(id)))
    return bySpeaker ?? byPosition ?? new Set(this.#articles.keys())
  }

  #holdersNow() {
    if (!this.#holders) {
      this.#holders = { speaker: new Map(), position: new Map() }
      for (const id of this.#articles.keys()) this.#hold(id)
    }
    return this.#holders
  }

  #hold(id: string): void {
    if (!this.#holders) return
    for (const { speakerId, positionId } of this.#articles.get(id)?.statements ?? []) {
      if (speakerId) holdersOf(this.#holders.speaker, speakerId).add(id)
      if (positionId) holdersOf(this.#holders.position, positionId).add(id)
    }
  }

  #unhold(id: string): void {
    if (!this.#holders) return
    for (const { speakerId, positionId } of this.#articles.get(id)?.statements ?? []) {
      if (speakerId) this.#holders.speaker.get(speakerId)?.delete(id)
      if (positionId) this.#holders.position.get(positionId)?.delete(id)
    }
  }

  /** Quote and note folded for a text filter, computed on first use. */
  foldedText(statement: IndexedStatement): string {
    let folded = this.#folded.get(statement)
    if (folded === undefined) {
      folded = foldText(`${statement.quote}\n${statement.note}`)
      this.#folded.set(statement, folded)
    }
    return folded
  }
}

function holdersOf(map: Map<string, Set<string>>, key: string): Set<string> {
  let ids = map.get(key)
  if (!ids) map.set(key, (ids = new Set()))
  return ids
}
