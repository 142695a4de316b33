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
import type { Registry } from './registryFile'

/**
 * The catalog file's format; a catalog of a newer format is not opened (see ARTICLE_FORMAT).
 * 5: the registry moved out to registry.json; the catalog is this machine's cache of summaries.
 */
export const SCHEMA_VERSION = 5

const summaries = {
  /** Derived from the article files; rebuilt from them when lost. Checked by hand: see isArticleSummary. */
  articles: z
    .custom<Record<string, ArticleSummary>>(isArticleSummaries, 'not a list of article summaries')
    .transform(withStances),
  /** Which version of each article file its summary was made from (see fileStamp). */
  fileStamps: z
    .custom<Record<string, string>>(isStringRecord, 'not a list of file stamps')
    .default({}),
}

/** `stancemark.json` as format 5 writes it: a local cache, never shared. */
export const CatalogCache = z.object({ schemaVersion: z.number().int().min(1), ...summaries })
export type CatalogCache = z.infer<typeof CatalogCache>

/** `stancemark.json` of any format: up to format 4 it held the registry too. */
export const CatalogFile = CatalogCache.extend({
  speakers: z.record(z.string(), Speaker).optional(),
  positions: z.record(z.string(), Position).optional(),
  coders: z.array(Coder).optional(),
})
export type CatalogFile = z.infer<typeof CatalogFile>

/** The archive in memory: the registry (registry.json) and the summaries (the catalog cache). */
export type Catalog = Registry & CatalogCache

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

/** The registry a catalog of format 4 or before holds; none in a format-5 cache. */
export function registryInCatalog(file: CatalogFile): Registry | undefined {
  if (file.schemaVersion >= 5 || !file.speakers || !file.positions) return undefined
  return { speakers: file.speakers, positions: file.positions, coders: file.coders ?? [] }
}

/** The summaries of a catalog read from disk, brought up to the current format. */
export function migrate(file: CatalogFile): CatalogCache {
  // 2: summaries gained `stances`; 3: `sample`, also for a sample imported before it was marked.
  // 4: `coding` (and coders, given on open by registry/). Summaries are derived: dropped here,
  // rebuilt from the article files. 5: the registry left for registry.json (see registryFile).
  const old = file.schemaVersion < 4
  return {
    schemaVersion: SCHEMA_VERSION,
    articles: old ? {} : file.articles,
    fileStamps: old ? {} : file.fileStamps,
  }
}

/** What the catalog file holds of the archive in memory. */
export const cacheOf = (catalog: Catalog): CatalogCache => ({
  schemaVersion: SCHEMA_VERSION,
  articles: catalog.articles,
  fileStamps: catalog.fileStamps,
})

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
  }
}
