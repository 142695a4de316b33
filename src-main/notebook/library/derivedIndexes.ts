import { mkdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Article } from '../../shared/model'
import type { Archive } from '../storage/archive'
import { ArticleTexts } from './articleTexts'
import { coverStamp } from '../storage/coverStamp'
import { DurableTextFile } from '../storage/durableTextFile'
import { LaterWrite } from '../storage/laterWrite'
import { SearchThread } from './searchThread'
import { StatementIndex } from '../statements/statementIndex'
import { writeQueue } from '../writeQueue'

/** The archive's folder of derived indexes: safe to delete, rebuilt from the article files. */
export const INDEX_FOLDER = 'index'
/** Each index's file in it: a line per term or per article (see SearchIndex, StatementIndex). */
const FILE_NAMES = { search: 'search.jsonl', statements: 'statements.jsonl' }
/** The file of each index in earlier versions, removed once the index is written anew. */
const EARLIER_FILE_NAMES = { search: 'search.json', statements: 'statements.json' }
/** Saves are gathered this long before the index files are written. */
const WRITE_DELAY_MS = 1500
/** ...but never put off for longer than this while the analyst keeps saving. */
const WRITE_AT_LATEST_MS = 10_000
/** Articles read at once while catching up, so the disk works while the last ones are indexed. */
const READ_AHEAD = 16
/**
 * Indexing saved articles waits for a pause in saving this long (a query brings the indexes up
 * to date at once): on two cores a save waited for indexing (docs/performance.md).
 */
const CATCH_UP_DELAY_MS = 250
/** ...but never put off for longer than this while the analyst keeps saving. */
const CATCH_UP_AT_LATEST_MS = 2000

export interface Indexes {
  search: SearchThread
  statements: StatementIndex
}

type IndexName = keyof Indexes

export interface IndexStats {
  /** Whether each index was read from its file, or rebuilt (missing, damaged, another version). */
  loaded: Record<IndexName, 'file' | 'rebuilt' | 'not yet'>
  /** Articles read to bring the indexes up to date since open. */
  reindexed: number
  /** Times an index file was written. */
  writes: number
}

/** One index: loaded once, then told of every change, and written back when it has changed. */
interface Slot<N extends IndexName> {
  name: N
  index?: Indexes[N]
  loading?: Promise<Indexes[N]>
  /** Compare every article with the catalog (after loading, or a change of unknown extent). */
  checkAll: boolean
  pending: Set<string>
  dirty: boolean
}

const slot = <N extends IndexName>(name: N): Slot<N> => ({
  name,
  checkAll: true,
  pending: new Set(),
  dirty: false,
})

/**
 * The search index and the statement index, kept in step with the catalog: each read from
 * its file in `index/` when first needed, brought up to date by comparing each article's revision
 * with the catalog (only changed articles are read), told of every change, and written back
 * shortly after changes stop and on close. The explorer does not wait for the search index.
 */
export class DerivedIndexes {
  readonly texts = new ArticleTexts()
  readonly stats: IndexStats = {
    loaded: { search: 'not yet', statements: 'not yet' },
    reindexed: 0,
    writes: 0,
  }
  readonly #archive: Archive
  readonly #work = writeQueue()
  readonly #slots = { search: slot('search'), statements: slot('statements') }
  #timer: NodeJS.Timeout | undefined
  #dirtySince = 0
  #closed = false
  /** Catch-ups queued or under way: a query waits for them, and only for them. */
  #catchingUp = 0
  /** Search index files being written by its worker (not in #work: nothing waits for them). */
  readonly #searchWrites = new Set<Promise<void>>()
  #searchThread: SearchThread | undefined
  readonly #laterCatchUp = new LaterWrite(() => this.#catchUp().catch(() => undefined), {
    delayMs: CATCH_UP_DELAY_MS,
    atLatestMs: CATCH_UP_AT_LATEST_MS,
  })

  constructor(archive: Archive) {
    this.#archive = archive
  }

  /** Starts loading in the background once `ready`, so the first query does not wait for it. */
  warmUp(ready: Promise<unknown>): void {
    void ready.then(() => {
      if (this.#closed) return
      for (const name of ['statements', 'search'] as const)
        this.#index(name).catch((error) => {
          // Closing ends a load under way; that is not a failure.
          if (!this.#closed) console.error('stancemark: indexing failed', error)
        })
    })
  }

  /** An article was saved, deleted or restored; without an id, anything may have changed. */
  articleChanged(id?: string): void {
    if (this.#closed) return
    for (const slot of this.#all()) {
      if (id) slot.pending.add(id)
      else slot.checkAll = true
    }
    if (this.#all().some((s) => s.index)) this.#laterCatchUp.schedule()
  }

  /**
   * The full-text index, up to date with every change made so far. Asking for it puts off the
   * writing of the index files still to be written: writing the search index holds its worker
   * while it copies the index, so it waits for a pause in searching, as it
   * does for a pause in saving.
   */
  search(): Promise<SearchThread> {
    if (this.#timer) this.#writeIn(WRITE_DELAY_MS)
    return this.#index('search')
  }

  /** The statement index, up to date with every change made so far. */
  statements(): Promise<StatementIndex> {
    return this.#index('statements')
  }

  /** Writes what is not written yet; nothing happens after this. */
  async close(): Promise<void> {
    if (this.#closed) return
    clearTimeout(this.#timer)
    this.#laterCatchUp.cancel()
    // An index still loading is left to load: its file is as good as it was.
    await this.#catchUp()
    this.#closed = true
    await this.#work(() => this.#write())
    await Promise.all(this.#searchWrites)
    await this.#searchThread?.close()
  }

  #all(): Slot<IndexName>[] {
    return [this.#slots.search, this.#slots.statements]
  }

  async #index<N extends IndexName>(name: N): Promise<Indexes[N]> {
    const slot = this.#slots[name] as Slot<N>
    slot.loading ??= this.#read(slot)
    const index = await slot.loading
    // A catch-up queued or under way finishes first; an index file being written is not waited for.
    const behind = this.#all().some((s) => s.index && (s.checkAll || s.pending.size > 0))
    if (behind || this.#catchingUp > 0) await this.#catchUp()
    return index
  }

  /** Brings the indexes up to date, in turn with the other work on them. */
  async #catchUp(): Promise<void> {
    this.#catchingUp++
    try {
      await this.#work(() => this.#settle())
    } finally {
      this.#catchingUp--
    }
  }

  async #read<N extends IndexName>(slot: Slot<N>): Promise<Indexes[N]> {
    if (slot.name === 'search') return (await this.#startSearch()) as Indexes[N]
    let index: StatementIndex | undefined
    try {
      index = StatementIndex.parse(await readFile(this.#path(slot.name)))
    } catch {
      // Missing, damaged, or written by another version: it is derived, so it is rebuilt.
    }
    this.stats.loaded[slot.name] = index ? 'file' : 'rebuilt'
    slot.index = (index ?? StatementIndex.empty()) as Indexes[N]
    return slot.index
  }

  /** Starts the search worker on the index file; if the worker ever stops, the next query starts another. */
  async #startSearch(): Promise<SearchThread> {
    const slot = this.#slots.search
    const thread = new SearchThread(this.#path('search'), (error) => {
      if (this.#closed || this.#searchThread !== thread) return
      console.error('stancemark: the search index stopped', error)
      Object.assign(slot, { index: undefined, loading: undefined, checkAll: true, dirty: false })
    })
    // Kept at once, so closing while it loads ends the worker.
    this.#searchThread = thread
    this.stats.loaded.search = await thread.loaded
    slot.index = thread
    return thread
  }

  /** Brings the loaded indexes in line with the catalog for the articles that changed. */
  async #settle(): Promise<void> {
    const stale = new Map<string, Slot<IndexName>[]>()
    for (const slot of this.#all()) {
      const index = slot.index
      if (!index) continue
      // Every query settles first: only a check of everything lists every article.
      const ids = slot.checkAll
        ? new Set([...Object.keys(this.#archive.catalog.articles), ...index.ids()])
        : slot.pending
      for (const id of ids) {
        if (!this.#isCurrent(index, id)) stale.set(id, [...(stale.get(id) ?? []), slot])
      }
      slot.checkAll = false
      slot.pending = new Set()
    }
    const ids = [...stale.keys()]
    for (let at = 0; at < ids.length; at += READ_AHEAD) {
      // Closing mid-way keeps what is done; the next open finds the rest out of date.
      if (this.#closed) break
      const batch = ids.slice(at, at + READ_AHEAD)
      const articles = await Promise.all(
        batch.map((id) =>
          this.#archive.catalog.articles[id]
            ? this.#archive.readArticle(id).catch(() => undefined)
            : undefined,
        ),
      )
      batch.forEach((id, i) => this.#apply(id, articles[i], stale.get(id) ?? []))
    }
    if (ids.length > 0) this.#scheduleWrite()
  }

  #isCurrent(index: SearchThread | StatementIndex, id: string): boolean {
    const summary = this.#archive.catalog.articles[id]
    return index.stamp(id) === (summary && coverStamp(summary))
  }

  /** Puts the article as read into the stale indexes, or takes it out of them when it is gone. */
  #apply(id: string, article: Article | undefined, slots: Slot<IndexName>[]): void {
    const text = article && this.texts.of(article)
    for (const slot of slots) {
      slot.dirty = true
      if (!article || !text) slot.index?.remove(id)
      else if (slot.name === 'search')
        this.#slots.search.index?.set(id, coverStamp(article), {
          title: text.title,
          text: text.text,
          notes: text.notes,
        })
      else this.#slots.statements.index?.set(article, coverStamp(article), text)
    }
    if (article) this.stats.reindexed++
  }

  #scheduleWrite(): void {
    if (this.#closed || this.#archive.readOnly) return
    const now = Date.now()
    if (!this.#timer) this.#dirtySince = now
    this.#writeIn(now - this.#dirtySince > WRITE_AT_LATEST_MS ? 0 : WRITE_DELAY_MS)
  }

  #writeIn(delay: number): void {
    clearTimeout(this.#timer)
    this.#timer = setTimeout(() => {
      this.#timer = undefined
      void this.#work(() => this.#write())
    }, delay)
    this.#timer.unref()
  }

  async #write(): Promise<void> {
    if (this.#archive.readOnly) return
    for (const slot of this.#all()) {
      if (!slot.dirty || !slot.index) continue
      slot.dirty = false
      const failed = (error: unknown) =>
        // The index still works from memory; the next open brings its file up to date.
        console.error(`stancemark: could not save the ${slot.name} index`, error)
      try {
        await mkdir(join(this.#archive.dir, INDEX_FOLDER), { recursive: true })
        if (slot.index instanceof SearchThread) {
          const written = slot.index
            .write(this.#path(slot.name))
            .then(() => this.#written(slot.name))
            .catch(failed)
          this.#searchWrites.add(written)
          void written.then(() => this.#searchWrites.delete(written))
        } else {
          const parts = await slot.index.serialize()
          await new DurableTextFile(this.#path(slot.name)).write(parts)
          await this.#written(slot.name)
        }
      } catch (error) {
        failed(error)
      }
    }
  }

  async #written(name: IndexName): Promise<void> {
    this.stats.writes++
    await rm(join(this.#archive.dir, INDEX_FOLDER, EARLIER_FILE_NAMES[name]), { force: true })
  }

  #path(name: IndexName): string {
    return join(this.#archive.dir, INDEX_FOLDER, FILE_NAMES[name])
  }
}
