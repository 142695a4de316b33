import type { Contract, Handlers } from '../../shared/contract'
import type { Article } from '../../shared/model'
import type { NotebookContext } from '../context'
import { matchStatements } from '../statements/matchStatements'
import { readerOf } from '../registry/coders'
import { codesBlind } from '../agreement/readingRule'
import { placeAnnotations } from './importAnnotations'
import { annotationFile, annotationFilename, articleAnnotations } from './webAnnotations'

type AnnotationMethods = 'exportAnnotations' | 'importAnnotations'

/** W3C Web Annotation JSON-LD out of the archive (per filter) and back onto an article. */
export function handlers({
  archive,
  indexes,
  exclusive,
  articles,
  now,
}: NotebookContext): Pick<Handlers<Contract>, AnnotationMethods> {
  const catalog = () => archive.catalog
  return {
    exportAnnotations: async (filter) => {
      const matched = matchStatements(
        await indexes.statements(),
        catalog(),
        filter,
        readerOf(archive),
      )
      const annotations = []
      for (const { summary, statements } of matched) {
        const article = await archive.readArticle(summary.id)
        const ids = new Set(statements.map((statement) => statement.id))
        annotations.push(...articleAnnotations(article, catalog(), ids))
      }
      return annotationFile(
        'urn:stancemark:annotations',
        'Statements in the Stancemark archive',
        'stancemark-annotations.jsonld',
        annotations,
      )
    },

    importAnnotations: (articleId, json) =>
      exclusive(async () => {
        const article = await archive.readArticle(articleId)
        const { changes, ...report } = await placeAnnotations(
          article,
          json,
          catalog(),
          now().toISOString(),
          readerOf(archive),
          codesBlind(article.coding, readerOf(archive)),
        )
        const saved = changes ? await articles.save(article, changes) : article
        return { ...report, revision: saved.revision }
      }),
  }
}

/** One article's statements as a JSON-LD file named after it. */
export function articleAnnotationFile(
  article: Article,
  registry: Parameters<typeof articleAnnotations>[1],
) {
  return annotationFile(
    `urn:stancemark:annotations:${article.id}`,
    `Statements in “${article.meta.title}”`,
    annotationFilename(article.meta.title),
    articleAnnotations(article, registry),
  )
}
