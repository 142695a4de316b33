import { createRequire } from 'node:module'
import type BetterSqlite3 from 'better-sqlite3'
import type { Article, Position, Speaker } from '../../src-main/shared/model'
import {
  NEW_STATEMENT,
  PAGE,
  SEARCH_HITS,
  STATEMENT_PAGE,
  markNewStatement,
  type BenchStore,
} from './benchStore'
import { bodyText } from './bodyText'
import { VaultFolder, registryOf } from './vaultFolder'

type Database = BetterSqlite3.Database

/** better-sqlite3 is optional: a machine without its native build runs the bench without SQLite. */
export function loadSqlite(): { Database: typeof BetterSqlite3 } | { missing: string } {
  try {
    const Database = createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3
    new Database(':memory:').exec('CREATE VIRTUAL TABLE probe USING fts5(text)')
    return { Database }
  } catch (error) {
    return { missing: error instanceof Error ? error.message.split('\n')[0] : String(error) }
  }
}

const SCHEMA = `
  PRAGMA journal_mode = WAL;
  CREATE TABLE speakers (id TEXT PRIMARY KEY, name TEXT NOT NULL, json TEXT NOT NULL);
  CREATE TABLE positions (id TEXT PRIMARY KEY, label TEXT NOT NULL, json TEXT NOT NULL);
  CREATE TABLE articles (id TEXT PRIMARY KEY, title TEXT, source TEXT, published TEXT,
    statement_count INTEGER, json TEXT NOT NULL);
  CREATE INDEX articles_published ON articles (published);
  CREATE TABLE statements (id TEXT PRIMARY KEY, article_id TEXT NOT NULL, speaker_id TEXT,
    position_id TEXT, stance TEXT, quote TEXT, start INTEGER, "end" INTEGER);
  CREATE INDEX statements_speaker ON statements (speaker_id);
  CREATE INDEX statements_position ON statements (position_id);
  CREATE INDEX statements_article ON statements (article_id);
  CREATE VIRTUAL TABLE search USING fts5(id UNINDEXED, title, text, notes,
    tokenize = 'unicode61 remove_diacritics 2');
`

/** Writes the archive into a new SQLite file: the baseline's own import, done once per size. */
export function buildSqlite(
  Database: typeof BetterSqlite3,
  file: string,
  archive: { speakers: Speaker[]; positions: Position[]; articles: Iterable<Article> },
): void {
  const db = new Database(file)
  db.exec(SCHEMA)
  const speaker = db.prepare('INSERT INTO speakers VALUES (?, ?, ?)')
  const position = db.prepare('INSERT INTO positions VALUES (?, ?, ?)')
  const article = db.prepare('INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?)')
  const statement = db.prepare('INSERT INTO statements VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
  const search = db.prepare('INSERT INTO search VALUES (?, ?, ?, ?)')
  db.transaction(() => {
    for (const s of archive.speakers) speaker.run(s.id, s.name, JSON.stringify(s))
    for (const p of archive.positions) position.run(p.id, p.label, JSON.stringify(p))
    for (const a of archive.articles) {
      const { text, quotes } = bodyText(a.body)
      const statements = Object.values(a.statements)
      article.run(
        a.id,
        a.meta.title,
        a.meta.source,
        a.meta.published,
        statements.length,
        JSON.stringify(a),
      )
      search.run(a.id, a.meta.title, text, bodyText(a.notes).text)
      for (const s of statements) {
        const quote = quotes.get(s.id) ?? ''
        const start = text.indexOf(quote)
        statement.run(
          s.id,
          a.id,
          s.speakerId ?? null,
          s.positionId ?? null,
          s.stance ?? null,
          quote,
          start,
          start + quote.length,
        )
      }
    }
  })()
  db.close()
}

/** Words as an FTS5 query: every word, the last one also as a prefix (as Stancemark searches). */
function ftsQuery(text: string): string {
  const words = text
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => `"${w.replace(/"/g, '""')}"`)
  if (words.length > 0) words[words.length - 1] += '*'
  return words.join(' AND ')
}

/** SQLite through better-sqlite3: rows per article and statement, FTS5 for words. */
export class SqliteStore implements BenchStore {
  readonly #db: Database

  private constructor(db: Database) {
    this.#db = db
  }

  static open(Database: typeof BetterSqlite3, file: string): SqliteStore {
    const db = new Database(file)
    db.pragma('journal_mode = WAL')
    // Every committed save is on the disk, as Stancemark's are.
    db.pragma('synchronous = FULL')
    return new SqliteStore(db)
  }

  async listLibrary(): Promise<number> {
    return this.#db
      .prepare(
        'SELECT id, title, source, published, statement_count FROM articles ORDER BY published DESC LIMIT ?',
      )
      .all(PAGE).length
  }

  async getArticle(id: string): Promise<unknown> {
    const row = this.#db.prepare('SELECT json FROM articles WHERE id = ?').get(id) as {
      json: string
    }
    return JSON.parse(row.json) as Article
  }

  async addStatement(articleId: string, speakerId: string, positionId: string): Promise<void> {
    this.#db.transaction(() => {
      const row = this.#db.prepare('SELECT json FROM articles WHERE id = ?').get(articleId) as {
        json: string
      }
      const article = JSON.parse(row.json) as Article
      const id = markNewStatement(article, speakerId, positionId)
      const quote = bodyText(article.body).text.slice(NEW_STATEMENT.start, NEW_STATEMENT.end)
      this.#db
        .prepare('UPDATE articles SET json = ?, statement_count = statement_count + 1 WHERE id = ?')
        .run(JSON.stringify(article), articleId)
      this.#db
        .prepare('INSERT INTO statements VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(
          id,
          articleId,
          speakerId,
          positionId,
          'supports',
          quote,
          NEW_STATEMENT.start,
          NEW_STATEMENT.end,
        )
    })()
  }

  async search(text: string): Promise<number> {
    return this.#db
      .prepare(
        `SELECT id, title, snippet(search, 2, '', '', '…', 24) AS snippet FROM search
         WHERE search MATCH ? ORDER BY bm25(search, 0, 2, 1, 1) LIMIT ?`,
      )
      .all(ftsQuery(text), SEARCH_HITS).length
  }

  async statementsOf(filter: { speakerId?: string; positionId?: string }): Promise<number> {
    const [column, value] = filter.speakerId
      ? ['speaker_id', filter.speakerId]
      : ['position_id', filter.positionId]
    const rows = this.#db
      .prepare(
        `SELECT s.id, s.quote, s.stance, a.title, a.published, sp.name AS speaker, p.label AS position
         FROM statements s JOIN articles a ON a.id = s.article_id
         LEFT JOIN speakers sp ON sp.id = s.speaker_id LEFT JOIN positions p ON p.id = s.position_id
         WHERE s.${column} = ? ORDER BY a.published, s.start LIMIT ?`,
      )
      .all(value, STATEMENT_PAGE)
    this.#db.prepare(`SELECT count(*) AS n FROM statements WHERE ${column} = ?`).get(value)
    return rows.length
  }

  async exportVault(folder: string): Promise<number> {
    const all = (table: string) =>
      (this.#db.prepare(`SELECT json FROM ${table}`).all() as { json: string }[]).map(
        (row) => JSON.parse(row.json) as unknown,
      )
    const speakers = all('speakers') as Speaker[]
    const positions = all('positions') as Position[]
    const vault = new VaultFolder(folder, registryOf(speakers, positions))
    for (const row of this.#db.prepare('SELECT json FROM articles').iterate() as Iterable<{
      json: string
    }>)
      await vault.add(JSON.parse(row.json) as Article)
    return vault.written
  }

  async close(): Promise<void> {
    this.#db.close()
  }
}
