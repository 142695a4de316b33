import { z } from 'zod'
import {
  Article,
  ArticleMeta,
  ArticleSummary,
  Id,
  Position,
  Speaker,
  SpeakerKind,
  Stance,
  Statement,
} from './model'

/** 20 MB of file, base64-encoded. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024
const MAX_BASE64 = Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 4

const Tags = z.array(z.string().trim().min(1).max(100)).max(100)

export const ArticleQuery = z.object({
  text: z.string().max(500).optional(),
  source: z.string().max(500).optional(),
  from: z.string().max(10).optional(),
  to: z.string().max(10).optional(),
  speakerId: Id.optional(),
  positionId: Id.optional(),
  tag: z.string().max(100).optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(200),
})

export const ImportInput = z
  .object({
    /** Pasted text. */
    text: z.string().max(MAX_IMPORT_BYTES).optional(),
    /** A file's name and its bytes in base64. */
    file: z
      .object({ name: z.string().min(1).max(500), base64: z.string().max(MAX_BASE64) })
      .optional(),
    meta: ArticleMeta.partial().default({}),
  })
  .refine((input) => (input.text === undefined) !== (input.file === undefined), {
    message: 'an import takes either pasted text or a file',
  })

/** W3C TextQuoteSelector, or offsets over the article's plain text. */
export const Anchor = z.union([
  z.object({
    exact: z.string().min(1).max(100_000),
    prefix: z.string().max(1000).optional(),
    suffix: z.string().max(1000).optional(),
  }),
  z.object({ start: z.number().int().min(0), end: z.number().int().min(1) }),
])
export type Anchor = z.infer<typeof Anchor>

export const SpeakerRef = z.union([
  z.object({ id: Id }),
  z.object({ name: z.string().trim().min(1).max(300), kind: SpeakerKind.optional() }),
])
export const PositionRef = z.union([
  z.object({ id: Id }),
  z.object({ label: z.string().trim().min(1).max(300) }),
])

export const StatementInput = z.object({
  anchor: Anchor,
  speaker: SpeakerRef.optional(),
  position: PositionRef.optional(),
  stance: Stance.optional(),
  tags: Tags.default([]),
  note: z.string().max(20_000).default(''),
})

export const StatementPatch = z.object({
  speakerId: Id.nullable().optional(),
  positionId: Id.nullable().optional(),
  stance: Stance.nullable().optional(),
  tags: Tags.optional(),
  note: z.string().max(20_000).optional(),
})

export const ArticlePatch = z.object({
  /** The revision the change was made on; a newer article on disk refuses it with `conflict`. */
  baseRevision: z.number().int().min(0),
  meta: ArticleMeta.partial().optional(),
  body: Article.shape.body.optional(),
  notes: Article.shape.notes.optional(),
  statements: z.record(Id, Statement).optional(),
})

export const StatementFilter = z.object({
  articleId: Id.optional(),
  speakerId: Id.optional(),
  positionId: Id.optional(),
  stance: Stance.optional(),
  text: z.string().max(500).optional(),
  limit: z.number().int().min(1).max(100_000).default(1000),
})

export const StatementRow = z.object({
  statementId: Id,
  articleId: Id,
  title: z.string(),
  source: z.string(),
  published: z.string(),
  speaker: z.object({ id: Id, name: z.string(), kind: SpeakerKind }).optional(),
  position: z.object({ id: Id, label: z.string() }).optional(),
  stance: Stance.optional(),
  tags: z.array(z.string()),
  note: z.string(),
  quote: z.string(),
  start: z.number(),
  end: z.number(),
})
export type StatementRow = z.infer<typeof StatementRow>

export const Notice = z.object({ id: z.string(), message: z.string() })
export type Notice = z.infer<typeof Notice>

export const SearchHit = z.object({ articleId: Id, title: z.string(), snippet: z.string() })
export const ExportFormat = z.enum(['markdown'])
export const ExportedFile = z.object({
  filename: z.string(),
  mediaType: z.string(),
  content: z.string(),
})
export type ExportedFile = z.infer<typeof ExportedFile>

const SpeakerInput = Speaker.extend({ id: Id.optional() })
const PositionInput = Position.extend({ id: Id.optional() })

const op = <A extends z.ZodTuple, R extends z.ZodType>(args: A, result: R) => ({ args, result })

/**
 * Every operation of the Notebook, once. IPC channels (`stancemark:<method>`), the preload bridge
 * and the host's `POST /api/<method>` routes are all built from this object.
 */
export const contract = {
  /** Where the archive is and what the analyst should know about it (files moved to quarantine). */
  getArchiveInfo: op(z.tuple([]), z.object({ path: z.string(), notices: z.array(Notice) })),
  /** A page of article summaries matching the filters, newest first. */
  listArticles: op(
    z.tuple([ArticleQuery]),
    z.object({ total: z.number(), items: z.array(ArticleSummary) }),
  ),
  getArticle: op(z.tuple([Id]), Article),
  /** From pasted text or a file (txt, md, html) plus meta. */
  importArticle: op(z.tuple([ImportInput]), Article),
  /** Meta, body, notes or statements; a stale `baseRevision` is refused with `conflict`. */
  updateArticle: op(z.tuple([Id, ArticlePatch]), Article),
  deleteArticle: op(z.tuple([Id]), z.object({ id: Id })),
  restoreArticle: op(z.tuple([Id]), ArticleSummary),
  /** Marks a quote or an offset range as a statement; speaker and position created when new. */
  addStatement: op(
    z.tuple([Id, StatementInput]),
    z.object({ statement: Statement, quote: z.string(), revision: z.number() }),
  ),
  updateStatement: op(z.tuple([Id, Id, StatementPatch]), Statement),
  removeStatement: op(z.tuple([Id, Id]), z.object({ revision: z.number() })),
  /** Statements across the archive with their article, speaker, position, stance and quote. */
  queryStatements: op(z.tuple([StatementFilter]), z.array(StatementRow)),
  listSpeakers: op(z.tuple([]), z.array(Speaker)),
  saveSpeaker: op(z.tuple([SpeakerInput]), Speaker),
  /** Moves every statement of the second speaker to the first; the second's name becomes an alias. */
  mergeSpeakers: op(z.tuple([Id, Id]), Speaker),
  /** Refused with `conflict` while statements use the speaker. */
  deleteSpeaker: op(z.tuple([Id]), z.object({ id: Id })),
  listPositions: op(z.tuple([]), z.array(Position)),
  savePosition: op(z.tuple([PositionInput]), Position),
  mergePositions: op(z.tuple([Id, Id]), Position),
  deletePosition: op(z.tuple([Id]), z.object({ id: Id })),
  /** Full-text hits over titles, text and notes with snippets. */
  search: op(
    z.tuple([
      z.object({ text: z.string().max(500), limit: z.number().int().min(1).max(500).default(50) }),
    ]),
    z.array(SearchHit),
  ),
  exportArticle: op(z.tuple([Id, ExportFormat]), ExportedFile),
}

/** Operations only the desktop app has: native dialogs. */
export const desktopContract = {
  /** Asks where to save an exported file and writes it there. */
  saveExport: op(z.tuple([ExportedFile]), z.object({ saved: z.boolean() })),
}

type Operations = Record<string, { args: z.ZodTuple; result: z.ZodType }>
type Api<C extends Operations> = {
  [M in keyof C]: (...args: z.input<C[M]['args']>) => Promise<z.output<C[M]['result']>>
}
/** What an implementation of C receives: arguments already validated and defaulted. */
export type Handlers<C extends Operations> = {
  [M in keyof C]: (
    ...args: z.output<C[M]['args']>
  ) => Promise<z.input<C[M]['result']>> | z.input<C[M]['result']>
}

export type Contract = typeof contract
export type MethodName = keyof Contract
export type StancemarkApi = Api<Contract>
export type DesktopApi = Api<typeof desktopContract>
export const methodNames = Object.keys(contract) as MethodName[]
export const desktopMethodNames = Object.keys(desktopContract) as (keyof typeof desktopContract)[]
