import type { Contract, Handlers } from '../../shared/contract'
import type { Article } from '../../shared/model'
import type { Archive } from '../storage/archive'
import type { DerivedIndexes } from '../library/derivedIndexes'
import { matchStatements } from '../statements/matchStatements'
import type { writeQueue } from '../writeQueue'
import { placeAnnotations } from './importAnnotations'
import { annotationFile, annotationFilename, articleAnnotations } from './webAnnotations'

type AnnotationMethods = 'exportAnnotations' | 'importAnnotations'

/** W3C Web Annotation JSON-LD out of the archive (per filter) and back onto an article. */
export function annotationHandlers(
  archive: Archive,
  indexes: DerivedIndexes,
  exclusive: ReturnType<typeof writeQueue>,
  saveArticle: (previous: Article, changes: Partial<Article>) => Promise<Article>,
  now: () => string,
): Pick<Handlers<Contract>, AnnotationMethods> {
  const catalog = () => archive.catalog
  return {
    exportAnnotations: async (filter) => {
      const matched = matchStatements(await indexes.statements(), catalog(), filter)
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
        const { changes, ...report } = await placeAnnotations(article, json, catalog(), now())
        const saved = changes ? await saveArticle(article, changes) : article
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
