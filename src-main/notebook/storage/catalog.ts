import { z } from 'zod'
import {
  type Article,
  type ArticleSummary,
  Coder,
  Position,
  STANCES,
  Speaker,
} from '../../shared/model'
import { isArticleSummaries, isStringRecord, withStances } from './isArticleSummary'

/** The catalog's format; a catalog of a newer format is not opened (see ARTICLE_FORMAT). */
export const SCHEMA_VERSION = 4

export const Catalog = z.object({
  schemaVersion: z.number().int().min(1),
  speakers: z.record(z.string(), Speaker),
  positions: z.record(z.string(), Position),
  /** Who codes statements here; the first is the coder of statements written before coders. */
  coders: z.array(Coder).default([]),
  /** Derived from the article files; rebuilt from them when lost. Checked by hand: see isArticleSummary. */
  articles: z
    .custom<Record<string, ArticleSummary>>(isArticleSummaries, 'not a list of article summaries')
    .transform(withStances),
  /** Which version of each article file its summary was made from (see fileStamp). */
  fileStamps: z
    .custom<Record<string, string>>(isStringRecord, 'not a list of file stamps')
    .default({}),
})
export type Catalog = z.infer<typeof Catalog>

export function emptyCatalog(): Catalog {
  return {
    schemaVersion: SCHEMA_VERSION,
    speakers: {},
    positions: {},
    coders: [],
    articles: {},
    fileStamps: {},
  }
}

/** Brings a catalog read from disk up to the current schema; lowdb does not merge defaults. */
export function migrate(catalog: Catalog): Catalog {
  const migrated = { ...emptyCatalog(), ...catalog, schemaVersion: SCHEMA_VERSION }
  // 2: summaries gained `stances`; 3: `sample`, also for a sample imported before it was marked.
  // 4: `coding` (and coders, given on open by registry/). Summaries are derived: dropped here,
  // rebuilt from the article files.
  if (catalog.schemaVersion < 4) migrated.articles = {}
  return migrated
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
    stances: STANCES.filter((stance) => statements.some((s) => s.stance === stance)),
    updatedAt: article.updatedAt,
    sha256: article.origin.sha256,
    ...(article.origin.kind === 'sample' && { sample: true as const }),
    ...(article.coding && {
      coding: {
        coders: article.coding.coders,
        done: article.coding.done,
        ...(article.coding.adjudicated && { adjudicated: true as const }),
      },
    }),
    ...(article.conflicts?.length && { conflicts: article.conflicts.length }),
  }
}
