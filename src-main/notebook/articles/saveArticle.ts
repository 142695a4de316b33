import type { Article } from '../../shared/model'
import type { Archive } from '../storage/archive'

/** The one way an article is written: a new revision, stamped with the notebook's clock. */
export interface ArticleWriter {
  /** `previous` with `changes`, as its next revision. */
  save(previous: Article, changes: Partial<Article>): Promise<Article>
  /** A new article, as it comes (revision 1, stamped by its maker). */
  add(article: Article): Promise<Article>
}

export function articleWriter(
  archive: Archive,
  changed: (articleId?: string) => void,
  now: () => Date,
): ArticleWriter {
  const write = async (article: Article) => {
    await archive.writeArticle(article)
    changed(article.id)
    return article
  }
  return {
    save: (previous, changes) =>
      write({
        ...previous,
        ...changes,
        revision: previous.revision + 1,
        updatedAt: now().toISOString(),
      }),
    add: write,
  }
}
