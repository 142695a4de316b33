import type { Article } from '../../shared/model'
import { articleText, type ArticleText } from './articleText'
import { coverStamp } from '../storage/coverStamp'

const KEPT = 256

/** The plain text of recently used articles, per version, so snippets do not parse a body twice. */
export class ArticleTexts {
  readonly #texts = new Map<string, { stamp: string; text: ArticleText }>()

  of(article: Article): ArticleText {
    const text = this.kept(article) ?? articleText(article)
    this.#keep(article.id, coverStamp(article), text)
    return text
  }

  /**
   * The text of this version of an article if it is kept, known by its summary alone: search
   * snippets of articles shown a moment ago need not read and check their files again.
   */
  kept(version: { id: string; revision: number; updatedAt: string }): ArticleText | undefined {
    const stamp = coverStamp(version)
    const kept = this.#texts.get(version.id)
    if (kept?.stamp !== stamp) return undefined
    this.#keep(version.id, stamp, kept.text)
    return kept.text
  }

  /** Keeps a text as the most recently used one; the least recently used goes beyond KEPT. */
  #keep(id: string, stamp: string, text: ArticleText): void {
    this.#texts.delete(id)
    this.#texts.set(id, { stamp, text })
    if (this.#texts.size > KEPT) this.#texts.delete(this.#texts.keys().next().value as string)
  }
}
