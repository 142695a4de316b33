import { join } from 'node:path'
import { Article } from '../../shared/model'
import { articleFileNames, isArticleFileName } from './articleFileNames'
import { fileStamp, fileStampsNow } from './fileStamp'
import type { FileIO } from './fileThread'
import { DamagedFileError, ValidatedJSONFile } from './jsonFile'

const CACHED_ARTICLES = 64
/**
 * The article files' format, written into each; a file of a newer format is left as it is.
 * 2: statements' `coderId` and `consensus`, the article's `coding` (a format-1 file reads as is).
 */
export const ARTICLE_FORMAT = 2

/** The ids of the article files among names found in articles/. */
export function idsOf(names: string[]): string[] {
  return names.filter(isArticleFileName).map((name) => name.slice(0, -'.json'.length))
}

/** The archive's articles/ folder: one validated, durable JSON file per article, the last read kept. */
export class ArticleFiles {
  readonly dir: string
  readonly #files = new Map<string, ValidatedJSONFile<Article>>()
  readonly #cache = new Map<string, Article>()
  readonly #io: FileIO | undefined

  /** `io`: where the files are read and written (see FileThread); Node's asynchronous calls without. */
  constructor(archiveDir: string, io?: FileIO) {
    this.dir = join(archiveDir, 'articles')
    this.#io = io
  }

  path(id: string): string {
    return join(this.dir, `${id}.json`)
  }

  /** The ids of the article files there are. */
  async ids(): Promise<string[]> {
    return idsOf(await articleFileNames(this.dir))
  }

  /** Which version of the file is there now (see fileStamp). */
  stamp(id: string): Promise<string | undefined> {
    return fileStamp(this.path(id))
  }

  /** The stamps of many article files at once, by id (see fileStampsNow). */
  stampsNow(ids: string[]): Map<string, string | undefined> {
    const stamps = fileStampsNow(ids.map((id) => this.path(id)))
    return new Map(ids.map((id, i) => [id, stamps[i]]))
  }

  cached(id: string): Article | undefined {
    return this.#cache.get(id)
  }

  /** Reads and checks an article file; one whose id is not its file's name is not that article. */
  async read(id: string): Promise<Article | null> {
    const article = await this.#file(id).read()
    if (article && article.id !== id) {
      const reason = `the file holds another article (${article.id})`
      throw new DamagedFileError(this.path(id), reason, JSON.stringify(article.meta))
    }
    if (article) this.remember(article)
    return article
  }

  /** Saves the article's file; answers the file's new stamp. */
  async write(article: Article): Promise<string | undefined> {
    const stamp = await this.#file(article.id).writeStamped(article)
    this.remember(article)
    return stamp ?? this.stamp(article.id)
  }

  remember(article: Article): void {
    this.#cache.delete(article.id)
    this.#cache.set(article.id, article)
    if (this.#cache.size > CACHED_ARTICLES)
      this.#cache.delete(this.#cache.keys().next().value as string)
  }

  forget(id: string): void {
    this.#cache.delete(id)
    this.#files.delete(id)
  }

  #file(id: string): ValidatedJSONFile<Article> {
    let file = this.#files.get(id)
    if (!file) {
      file = new ValidatedJSONFile(this.path(id), Article, {
        version: ARTICLE_FORMAT,
        io: this.#io,
      })
      this.#files.set(id, file)
    }
    return file
  }
}
