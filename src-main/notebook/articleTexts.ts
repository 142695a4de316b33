import type { Article } from '../shared/model'
import { articleText, type ArticleText } from './articleText'
import { coverStamp } from './coverStamp'

const KEPT = 256

/** The plain text of recently used articles, per version, so snippets do not parse a body twice. */
export class ArticleTexts {
  readonly #texts = new Map<string, { stamp: string; text: ArticleText }>()

  of(article: Article): ArticleText {
    const stamp = coverStamp(article)
    const kept = this.#texts.get(article.id)
    this.#texts.delete(article.id)
    const text = kept?.stamp === stamp ? kept.text : articleText(article)
    this.#texts.set(article.id, { stamp, text })
    if (this.#texts.size > KEPT) this.#texts.delete(this.#texts.keys().next().value as string)
    return text
  }
}
