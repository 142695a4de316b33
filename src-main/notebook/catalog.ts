import { z } from 'zod'
import { Article, ArticleSummary, Position, Speaker } from '../shared/model'

export const SCHEMA_VERSION = 1

export const Catalog = z.object({
  schemaVersion: z.number().int().min(1),
  speakers: z.record(z.string(), Speaker),
  positions: z.record(z.string(), Position),
  /** Derived from the article files; rebuilt from them when lost. */
  articles: z.record(z.string(), ArticleSummary),
})
export type Catalog = z.infer<typeof Catalog>

export function emptyCatalog(): Catalog {
  return { schemaVersion: SCHEMA_VERSION, speakers: {}, positions: {}, articles: {} }
}

/** Brings a catalog read from disk up to the current schema; lowdb does not merge defaults. */
export function migrate(catalog: Catalog): Catalog {
  return { ...emptyCatalog(), ...catalog, schemaVersion: SCHEMA_VERSION }
}

/** What the library shows of an article, derived from the article itself. */
export function summarize(article: Article): ArticleSummary {
  const statements = Object.values(article.statements)
  const unique = (ids: (string | undefined)[]) => [
    ...new Set(ids.filter((id): id is string => !!id)),
  ]
  return {
    id: article.id,
    revision: article.revision,
    title: article.meta.title,
    source: article.meta.source,
    published: article.meta.published,
    tags: article.meta.tags,
    statementCount: statements.length,
    speakerIds: unique(statements.map((s) => s.speakerId)),
    positionIds: unique(statements.map((s) => s.positionId)),
    updatedAt: article.updatedAt,
  }
}
