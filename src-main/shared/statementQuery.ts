import { z } from 'zod'
import { Id, STANCES, Stance } from './model'
import { StatementRow } from './statementRow'

/** A stance, or `none` for a statement not given one yet. */
export const StanceOrNone = z.enum([...STANCES, 'none'])
export type StanceOrNone = z.infer<typeof StanceOrNone>

export const StanceCounts = z.object({
  supports: z.number().int(),
  opposes: z.number().int(),
  neutral: z.number().int(),
  none: z.number().int(),
})
export type StanceCounts = z.infer<typeof StanceCounts>

/** How the matching statements divide; statements without a speaker or position are left out of those two. */
export const StatementCounts = z.object({
  bySpeaker: z.record(z.string(), z.number().int()),
  byPosition: z.record(z.string(), z.number().int()),
  byStance: StanceCounts,
})
export type StatementCounts = z.infer<typeof StatementCounts>

/** A page of the statement explorer: the rows asked for, how many match, and how they divide. */
export const ExploredStatements = z.object({
  rows: z.array(StatementRow),
  total: z.number().int(),
  counts: StatementCounts,
})
export type ExploredStatements = z.infer<typeof ExploredStatements>

const Tags = z.array(z.string().trim().min(1).max(100)).max(100)

/** What a bulk edit sets; `null` clears speaker, position or stance. */
export const BulkStatementPatch = z.object({
  speakerId: Id.nullable().optional(),
  positionId: Id.nullable().optional(),
  stance: Stance.nullable().optional(),
  addTags: Tags.optional(),
  removeTags: Tags.optional(),
})
export type BulkStatementPatch = z.infer<typeof BulkStatementPatch>

export const BulkUpdateResult = z.object({
  /** Statements changed. */
  updated: z.number().int(),
  /** Statements that already were as asked. */
  unchanged: z.number().int(),
  /** References to an article or statement that is no longer there. */
  missing: z.number().int(),
  /** Articles saved (each once, its revision incremented). */
  articles: z.number().int(),
})
export type BulkUpdateResult = z.infer<typeof BulkUpdateResult>

/** What to do with the statements of a speaker or position being deleted. */
export const DeleteOptions = z.object({
  statements: z.union([z.literal('clear'), z.object({ reassignTo: Id })]),
})
export type DeleteOptions = z.infer<typeof DeleteOptions>

const FacetValue = z.object({ value: z.string(), count: z.number().int() })

/** The values the library's and the explorer's filters offer, with how many articles or statements have each. */
export const ArchiveFacets = z.object({
  /** Publications, by number of articles. */
  sources: z.array(FacetValue),
  /** Article tags, by number of articles. */
  tags: z.array(FacetValue),
  /** Statement tags, by number of statements. */
  statementTags: z.array(FacetValue),
  /** The earliest and latest published dates ('' when no article has one). */
  published: z.object({ from: z.string(), to: z.string() }),
})
export type ArchiveFacets = z.infer<typeof ArchiveFacets>

export const CodebookImportReport = z.object({
  added: z.number().int(),
  updated: z.number().int(),
  /** Rows that matched a position already the same. */
  skipped: z.number().int(),
  /** One sentence per row not imported, naming its row in the file ("Row 4: …"). */
  errors: z.array(z.string()),
})
export type CodebookImportReport = z.infer<typeof CodebookImportReport>
