import { join } from 'node:path'
import { Article } from '../../shared/model'
import { ARTICLE_FORMAT } from './articleFiles'
import { folderNames, isArticleFileName } from './articleFileNames'
import { ValidatedJSONFile } from './jsonFile'

/** The articles in the archive's trash/, one at a time; a file that cannot be read is passed over. */
export async function* trashedArticles(archiveDir: string): AsyncGenerator<Article> {
  const dir = join(archiveDir, 'trash')
  for (const name of (await folderNames(dir)).filter(isArticleFileName)) {
    const file = new ValidatedJSONFile(join(dir, name), Article, { version: ARTICLE_FORMAT })
    const article = await file.read().catch(() => null)
    if (article) yield article
  }
}
