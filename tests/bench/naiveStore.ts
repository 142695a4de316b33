import { Low } from 'lowdb'
import { JSONFile } from 'lowdb/node'
import type { Article, Position, Speaker } from '../../src-main/shared/model'
import { PAGE, SEARCH_HITS, STATEMENT_PAGE, markNewStatement, type BenchStore } from './benchStore'
import { bodyText, naiveSnippet } from './bodyText'
import { VaultFolder, registryOf } from './vaultFolder'

/** The whole archive in one file, as lowdb's own example keeps it. */
export interface NaiveArchive {
  speakers: Record<string, Speaker>
  positions: Record<string, Position>
  articles: Record<string, Article>
}

/** The naive design: one lowdb JSON file, read whole at open, written whole at every save. */
export class NaiveStore implements BenchStore {
  readonly #db: Low<NaiveArchive>

  private constructor(db: Low<NaiveArchive>) {
    this.#db = db
  }

  static async open(file: string): Promise<NaiveStore> {
    const db = new Low<NaiveArchive>(new JSONFile(file), {
      speakers: {},
      positions: {},
      articles: {},
    })
    await db.read()
    return new NaiveStore(db)
  }

  async listLibrary(): Promise<number> {
    const articles = Object.values(this.#db.data.articles)
    articles.sort((a, b) => b.meta.published.localeCompare(a.meta.published))
    return articles.slice(0, PAGE).map((a) => ({ id: a.id, title: a.meta.title })).length
  }

  async getArticle(id: string): Promise<unknown> {
    return this.#db.data.articles[id]
  }

  async addStatement(articleId: string, speakerId: string, positionId: string): Promise<void> {
    const article = this.#db.data.articles[articleId]
    markNewStatement(article, speakerId, positionId)
    await this.#db.write()
  }

  async search(text: string): Promise<number> {
    const words = text.toLowerCase().split(/\s+/).filter(Boolean)
    const hits: { id: string; score: number; snippet: string }[] = []
    for (const article of Object.values(this.#db.data.articles)) {
      const plain = `${article.meta.title}\n\n${bodyText(article.body).text}`
      const lower = plain.toLowerCase()
      if (!words.every((word) => lower.includes(word))) continue
      const score = words.reduce((sum, word) => sum + lower.split(word).length - 1, 0)
      hits.push({ id: article.id, score, snippet: naiveSnippet(plain, words) })
    }
    return hits.sort((a, b) => b.score - a.score).slice(0, SEARCH_HITS).length
  }

  async statementsOf(filter: { speakerId?: string; positionId?: string }): Promise<number> {
    const { speakers, positions, articles } = this.#db.data
    const rows = []
    for (const article of Object.values(articles)) {
      const matched = Object.values(article.statements).filter(
        (s) =>
          (!filter.speakerId || s.speakerId === filter.speakerId) &&
          (!filter.positionId || s.positionId === filter.positionId),
      )
      if (matched.length === 0) continue
      const { quotes } = bodyText(article.body)
      for (const statement of matched)
        rows.push({
          title: article.meta.title,
          published: article.meta.published,
          speaker: statement.speakerId && speakers[statement.speakerId]?.name,
          position: statement.positionId && positions[statement.positionId]?.label,
          stance: statement.stance,
          quote: quotes.get(statement.id) ?? '',
        })
    }
    rows.sort((a, b) => a.published.localeCompare(b.published))
    return rows.slice(0, STATEMENT_PAGE).length
  }

  async exportVault(folder: string): Promise<number> {
    const { speakers, positions, articles } = this.#db.data
    const vault = new VaultFolder(
      folder,
      registryOf(Object.values(speakers), Object.values(positions)),
    )
    for (const article of Object.values(articles)) await vault.add(article)
    return vault.written
  }

  async close(): Promise<void> {}
}
