import { z } from 'zod'
import { jsonDepth } from './jsonDepth'
import { withoutControls } from './withoutControls'
import { SPEAKER_KINDS, STANCES, STATEMENT_MODES } from './vocabulary'

export { SPEAKER_KINDS, STANCES, STATEMENT_MODES }

/** A tiptap/ProseMirror document as JSON. Its shape is checked against the schema in document.ts. */
export interface DocJSON {
  type: string
  attrs?: Record<string, unknown>
  content?: DocJSON[]
  marks?: { type: string; attrs?: Record<string, unknown> }[]
  text?: string
}

/**
 * How deeply a document's JSON may nest: an article's lists in quotes in lists take a few dozen
 * levels; a deeper tree would exhaust the stack of whatever walks it (zod, ProseMirror, JSON).
 */
export const MAX_DOC_JSON_DEPTH = 400

const DocTree: z.ZodType<DocJSON> = z.lazy(() =>
  z.object({
    type: z.string().max(64),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(DocTree).optional(),
    marks: z
      .array(
        z.object({ type: z.string().max(64), attrs: z.record(z.string(), z.unknown()).optional() }),
      )
      .optional(),
    text: z.string().optional(),
  }),
)

export const DocJSONSchema: z.ZodType<DocJSON> = z
  .custom<unknown>((value) => jsonDepth(value, MAX_DOC_JSON_DEPTH) <= MAX_DOC_JSON_DEPTH, {
    message: `a document may nest at most ${MAX_DOC_JSON_DEPTH} levels deep`,
  })
  .pipe(DocTree)

// Ids are keys of plain objects in the archive: a name every object inherits (`constructor`,
// `__proto__`) would find something that is not there.
const INHERITED_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype))

export const Id = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'an id is 1–64 letters, digits, - or _')
  .refine((id) => !INHERITED_NAMES.has(id), 'that name cannot be an id')

export const Stance = z.enum(STANCES)
export type Stance = z.infer<typeof Stance>

export const SpeakerKind = z.enum(SPEAKER_KINDS)
export type SpeakerKind = z.infer<typeof SpeakerKind>

/** A line of text as people type it: control characters (U+0001…) taken out, never kept. */
export const lineText = () => z.string().overwrite(withoutControls)

const shortText = lineText().max(500)
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD')

export const ArticleMeta = z.object({
  title: lineText().trim().min(1, 'an article needs a title').max(500),
  source: shortText.default(''),
  url: z.string().max(2000).default(''),
  authors: z.array(shortText).max(100).default([]),
  published: isoDate.or(z.literal('')).default(''),
  accessed: isoDate.or(z.literal('')).default(''),
  language: z.string().max(20).default(''),
  tags: z.array(lineText().trim().min(1).max(100)).max(100).default([]),
})
export type ArticleMeta = z.infer<typeof ArticleMeta>

export const StatementMode = z.enum(STATEMENT_MODES)
export type StatementMode = z.infer<typeof StatementMode>

/** The reporting word that introduced a statement ("said", "according to"), as written. */
export const Cue = lineText().trim().min(1).max(100)

/** A colour as the app writes it, `#rrggbb`. */
export const HexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is written #rrggbb')

/**
 * Someone who codes statements in this archive. Belongs to the archive (its registry) and is
 * changed only through registry/; who codes on this machine is kept apart, per archive.
 */
export const Coder = z.object({
  id: Id,
  name: lineText().trim().min(1, 'a coder needs a name').max(100),
  color: HexColor,
})
export type Coder = z.infer<typeof Coder>

/**
 * The suggestion a statement was accepted from, as it was suggested: its words and where they
 * were, the registry speaker it named then, and how sure the rules were. The statement's words
 * and speaker now, against these, tell whether it was taken as it was or corrected.
 */
export const SuggestedFrom = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  exact: z.string().min(1).max(100_000),
  /** The registry speaker the suggestion named when it was accepted (made then when new). */
  speakerId: Id.optional(),
  speakerName: z.string().max(300),
  confidence: z.number().min(0).max(1),
})
export type SuggestedFrom = z.infer<typeof SuggestedFrom>

export const Statement = z.object({
  id: Id,
  /**
   * Who coded it. Absent only in files written before coders: such a statement is the archive's
   * first coder's (the one a fresh or migrated archive gets).
   */
  coderId: Id.optional(),
  /** An adjudicated statement: the consensus of the coders of its article. */
  consensus: z.literal(true).optional(),
  speakerId: Id.optional(),
  positionId: Id.optional(),
  stance: Stance.optional(),
  tags: z.array(lineText().trim().min(1).max(100)).max(100).default([]),
  note: z.string().max(20_000).default(''),
  cue: Cue.optional(),
  mode: StatementMode.optional(),
  /** Accepted from a suggestion: the suggestion as it was. Absent for statements marked by hand. */
  suggested: SuggestedFrom.optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type Statement = z.infer<typeof Statement>

/** A suggestion the analyst turned down: its words and where they started in the plain text. */
export const RejectedSuggestion = z.object({
  exact: z.string().min(1).max(100_000),
  start: z.number().int().min(0),
  /** When it was rejected; absent in older files. */
  at: z.string().optional(),
})
export type RejectedSuggestion = z.infer<typeof RejectedSuggestion>

/** The sample as archives made before samples were marked hold it: imported as this very file. */
const UNMARKED_SAMPLE = {
  name: 'Sample article.md',
  sha256: '7def5c2733cf1ee94138932d1e508e53e052e30652ef8ab1b7b050c91e32b13e',
}

export const Origin = z
  .object({
    /** `sample`: the sample article a new archive opens with, whatever its title becomes. */
    kind: z.enum(['paste', 'file', 'sample']),
    name: z.string().max(500),
    sha256: z.string().max(64),
  })
  // Read from an older archive, its sample is known as the sample too.
  .transform((origin) =>
    origin.kind === 'file' &&
    origin.name === UNMARKED_SAMPLE.name &&
    origin.sha256 === UNMARKED_SAMPLE.sha256
      ? { ...origin, kind: 'sample' as const }
      : origin,
  )

/**
 * One adjudication decision: the consensus statement made for a unit of the comparison (a coder's
 * version taken, perhaps edited), or the unit dropped.
 */
export const UnitDecision = z.object({
  /** The compared unit: its statements' ids, sorted, joined by `+`. */
  unitId: z.string().min(1).max(2000),
  /** The consensus statement made for it; absent when the unit was dropped. */
  statementId: Id.optional(),
  drop: z.literal(true).optional(),
})
export type UnitDecision = z.infer<typeof UnitDecision>

/**
 * Double coding: these coders code the article independently. Until a coder is `done`, they see
 * only their own statements on it, and its text cannot be edited.
 */
export const ArticleCoding = z.object({
  coders: z.array(Id).min(2, 'double coding needs two coders or more').max(50),
  /** The coders who have marked the article done. */
  done: z.array(Id).max(50).default([]),
  /** Every unit of the comparison has a decision: the article's consensus is its statements. */
  adjudicated: z.literal(true).optional(),
  /** The decisions made so far, one per unit (can be changed). */
  decisions: z.array(UnitDecision).max(100_000).optional(),
})
export type ArticleCoding = z.infer<typeof ArticleCoding>

/**
 * What a sync's merge could not decide alone (DESIGN.md §10), kept on the article so the analyst
 * settles it in one click. The version in the article is the one kept; `other` is the one to take
 * instead.
 */
export const ArticleConflict = z.discriminatedUnion('kind', [
  /** The same statement changed on both sides: the later change is kept, `other` is the earlier. */
  z.object({
    kind: z.literal('statement'),
    statementId: Id,
    other: Statement,
    /** The words the other version's mark covered on its side. */
    quote: z.string(),
  }),
  /** A field of the article (`meta.title`, `notes`…) changed on both sides: the later kept. */
  z.object({ kind: z.literal('field'), field: z.string().max(100), other: z.unknown() }),
  /** The text edited on both sides: ours kept, theirs is the article `copyId` beside it. */
  z.object({ kind: z.literal('text'), copyId: Id }),
])
export type ArticleConflict = z.infer<typeof ArticleConflict>

export const Article = z.object({
  id: Id,
  revision: z.number().int().nonnegative(),
  meta: ArticleMeta,
  body: DocJSONSchema,
  notes: DocJSONSchema,
  statements: z.record(Id, Statement),
  createdAt: z.string(),
  updatedAt: z.string(),
  origin: Origin,
  /** Suggestions rejected in this article, never suggested again; absent in older files. */
  rejectedSuggestions: z.array(RejectedSuggestion).max(10_000).optional(),
  /** Double coding, when the article was given to two or more coders; absent otherwise. */
  coding: ArticleCoding.optional(),
  /** What a sync left to settle; absent when there is nothing. */
  conflicts: z.array(ArticleConflict).max(10_000).optional(),
  /** On a conflict copy ("(their version)"), the article it is a copy of. */
  copyOf: Id.optional(),
})
export type Article = z.infer<typeof Article>

export const Speaker = z.object({
  id: Id,
  name: lineText().trim().min(1, 'a speaker needs a name').max(300),
  aliases: z.array(lineText().trim().min(1).max(300)).max(100).default([]),
  kind: SpeakerKind.default('person'),
  role: lineText().max(300).optional(),
  affiliationId: Id.optional(),
  notes: z.string().max(20_000).default(''),
})
export type Speaker = z.infer<typeof Speaker>

export const Position = z.object({
  id: Id,
  label: lineText().trim().min(1, 'a position needs a label').max(300),
  parentId: Id.optional(),
  description: z.string().max(20_000).default(''),
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .default('#6b7280'),
  /** Place among its siblings in the codebook (drag to reorder); unordered ones follow by label. */
  order: z.number().optional(),
})
export type Position = z.infer<typeof Position>

/** A registry entry's field changed on both sides of a sync: the later kept, `other` the earlier. */
export const RegistryConflict = z.object({
  kind: z.enum(['speaker', 'position', 'coder']),
  id: Id,
  field: z.string().max(100),
  other: z.unknown(),
})
export type RegistryConflict = z.infer<typeof RegistryConflict>

/** What the library lists; derived from the article file and kept in the catalog. */
export const ArticleSummary = z.object({
  id: Id,
  revision: z.number().int(),
  title: z.string(),
  source: z.string(),
  published: z.string(),
  tags: z.array(z.string()),
  statementCount: z.number().int(),
  speakerIds: z.array(Id),
  positionIds: z.array(Id),
  /** The stances its statements take (catalogs before schema 2 lack it until rebuilt). */
  stances: z.array(Stance).default([]),
  updatedAt: z.string(),
  /** The SHA-256 of the file or text it was imported from, to find duplicates (summaries made before it lack it). */
  sha256: z.string().max(64).optional(),
  /** The sample article a new archive opens with (its origin says so); absent for the analyst's own. */
  sample: z.literal(true).optional(),
  /** Its double coding (who codes it, who is done, adjudicated), for the library to show; absent when none. */
  coding: ArticleCoding.omit({ decisions: true }).optional(),
})
export type ArticleSummary = z.infer<typeof ArticleSummary>
