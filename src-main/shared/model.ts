import { z } from 'zod'

/** A tiptap/ProseMirror document as JSON. Its shape is checked against the schema in document.ts. */
export interface DocJSON {
  type: string
  attrs?: Record<string, unknown>
  content?: DocJSON[]
  marks?: { type: string; attrs?: Record<string, unknown> }[]
  text?: string
}

export const DocJSONSchema: z.ZodType<DocJSON> = z.lazy(() =>
  z.object({
    type: z.string().max(64),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(DocJSONSchema).optional(),
    marks: z
      .array(
        z.object({ type: z.string().max(64), attrs: z.record(z.string(), z.unknown()).optional() }),
      )
      .optional(),
    text: z.string().optional(),
  }),
)

export const Id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'an id is 1–64 letters, digits, - or _')

export const STANCES = ['supports', 'opposes', 'neutral'] as const
export const Stance = z.enum(STANCES)
export type Stance = z.infer<typeof Stance>

export const SPEAKER_KINDS = ['person', 'organisation', 'media', 'group'] as const
export const SpeakerKind = z.enum(SPEAKER_KINDS)
export type SpeakerKind = z.infer<typeof SpeakerKind>

const shortText = z.string().max(500)
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD')

export const ArticleMeta = z.object({
  title: z.string().trim().min(1, 'an article needs a title').max(500),
  source: shortText.default(''),
  url: z.string().max(2000).default(''),
  authors: z.array(shortText).max(100).default([]),
  published: isoDate.or(z.literal('')).default(''),
  accessed: isoDate.or(z.literal('')).default(''),
  language: z.string().max(20).default(''),
  tags: z.array(z.string().trim().min(1).max(100)).max(100).default([]),
})
export type ArticleMeta = z.infer<typeof ArticleMeta>

export const Statement = z.object({
  id: Id,
  speakerId: Id.optional(),
  positionId: Id.optional(),
  stance: Stance.optional(),
  tags: z.array(z.string().trim().min(1).max(100)).max(100).default([]),
  note: z.string().max(20_000).default(''),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type Statement = z.infer<typeof Statement>

export const Origin = z.object({
  kind: z.enum(['paste', 'file', 'sample']),
  name: z.string().max(500),
  sha256: z.string().max(64),
})

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
})
export type Article = z.infer<typeof Article>

export const Speaker = z.object({
  id: Id,
  name: z.string().trim().min(1, 'a speaker needs a name').max(300),
  aliases: z.array(z.string().trim().min(1).max(300)).max(100).default([]),
  kind: SpeakerKind.default('person'),
  role: z.string().max(300).optional(),
  affiliationId: Id.optional(),
  notes: z.string().max(20_000).default(''),
})
export type Speaker = z.infer<typeof Speaker>

export const Position = z.object({
  id: Id,
  label: z.string().trim().min(1, 'a position needs a label').max(300),
  parentId: Id.optional(),
  description: z.string().max(20_000).default(''),
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .default('#6b7280'),
})
export type Position = z.infer<typeof Position>

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
  updatedAt: z.string(),
})
export type ArticleSummary = z.infer<typeof ArticleSummary>
