import { z } from 'zod'
import {
  desktopMethodNames,
  methodNames,
  type DesktopMethodName,
  type MethodName,
} from './methodNames'
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
  SuggestedFrom,
  Cue,
  StatementMode,
  lineText,
  Coder,
} from './model'
import { SpeakerProfile, StatementAnalysis } from './analysis'
import {
  ArchiveFacets,
  BulkStatementPatch,
  BulkUpdateResult,
  CodebookImportReport,
  DeleteOptions,
  ExploredStatements,
  StanceOrNone,
} from './statementQuery'
import { StatementRef, StatementRow } from './statementRow'
import { isSafeArticleUrl } from './isSafeHref'
import { withoutUnsafeLinks } from './withoutUnsafeLinks'
import { StatementSuggestion, SuggestionRejection } from './suggestion'
import { SuggestionQuality } from './suggestionQuality'
import {
  AgreementQuery,
  AgreementReport,
  CoderInput,
  CoderRef,
  CodingAssignment,
  Comparison,
} from './coding'
import {
  ArticleAtVersion,
  ArticleVersion,
  CommitId,
  ConflictChoice,
  ConflictList,
  RegistryConflictChoice,
  SyncOutcome,
  SyncRemoteInput,
  SyncStatus,
} from './sync'

export { StatementRef, StatementRow }

const SortDirection = z.enum(['asc', 'desc'])

/** 20 MB of file, base64-encoded. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024
const MAX_BASE64 = Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 4

const Tags = z.array(lineText().trim().min(1).max(100)).max(100)

/** The live vault's state (`getLiveVault`). */
const LiveVault = z.object({
  folder: z.string().nullable(),
  on: z.boolean(),
  stopped: z.string().nullable(),
  updated: z
    .object({
      at: z.string(),
      written: z.number().int(),
      removed: z.number().int(),
      /** Notes made (the others were found as made from the same inputs); of them, `written` changed. */
      made: z.number().int(),
    })
    .nullable(),
})

/** Which articles the library lists: each condition given must hold. */
export const ArticleFilter = z.object({
  source: z.string().max(500).optional(),
  from: z.string().max(10).optional(),
  to: z.string().max(10).optional(),
  speakerId: Id.optional(),
  positionId: Id.optional(),
  tag: z.string().max(100).optional(),
  /** Articles with a statement of this stance; given with speakerId or positionId, on the same statement. */
  stance: Stance.optional(),
  /** false: only articles with no statements yet; true: only articles with statements. */
  hasStatements: z.boolean().optional(),
})

export const ArticleQuery = ArticleFilter.extend({
  text: z.string().max(500).optional(),
  /** `relevance` (the default when `text` is given) or a column; otherwise newest published first. */
  sort: z.enum(['relevance', 'published', 'title', 'source', 'updated']).optional(),
  /** Default: descending for relevance and dates, ascending for title and source. */
  direction: SortDirection.optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(200),
})

/** An article's details from a caller: its address may not be `javascript:` or `data:`. */
const MetaInput = ArticleMeta.partial().refine((meta) => !meta.url || isSafeArticleUrl(meta.url), {
  message: 'the article’s address must be a web address (http:// or https://)',
  path: ['url'],
})

export const ImportInput = z
  .object({
    /** Pasted text. */
    text: z.string().max(MAX_IMPORT_BYTES).optional(),
    /** A file's name and its bytes in base64. */
    file: z
      .object({ name: z.string().min(1).max(500), base64: z.string().max(MAX_BASE64) })
      .optional(),
    meta: MetaInput.default({}),
    /**
     * Pasted text: whether its first line is its title, to be left out of the text. By default it
     * is when it is the title given, or, with none given, when it reads as a headline.
     */
    firstLineIsTitle: z.boolean().optional(),
  })
  .refine((input) => (input.text === undefined) !== (input.file === undefined), {
    message: 'an import takes either pasted text or a file',
  })

/** One file of a batch import: its name (a folder's files may give a relative path) and its bytes. */
export const ImportFile = z.object({
  name: z.string().min(1).max(1000),
  base64: z.string().max(MAX_BASE64),
})

/** What became of one file of a batch import, in words for the per-file report. */
export const ImportFileResult = z.object({
  name: z.string(),
  status: z.enum(['imported', 'duplicate', 'failed']),
  /** The article made from it, or for a duplicate the article it repeats. */
  articleId: Id.optional(),
  /** That article's title. */
  title: z.string().optional(),
  /** Why it was skipped or could not be imported, for a person to read. */
  message: z.string().optional(),
})
export type ImportFileResult = z.infer<typeof ImportFileResult>

/** What `importAnnotations` did: how many statements it placed, and which it could not, and why. */
export const AnnotationImportReport = z.object({
  placed: z.number().int(),
  /** Statements already in the article (the same id): left as they are. */
  alreadyThere: z.number().int(),
  unplaced: z.array(z.object({ quote: z.string(), reason: z.string() })),
  /** The article's revision afterwards (unchanged when nothing was placed). */
  revision: z.number().int(),
})
export type AnnotationImportReport = z.infer<typeof AnnotationImportReport>

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
  z.object({ name: lineText().trim().min(1).max(300), kind: SpeakerKind.optional() }),
])
export const PositionRef = z.union([
  z.object({ id: Id }),
  z.object({ label: lineText().trim().min(1).max(300) }),
])

export const StatementInput = z.object({
  anchor: Anchor,
  speaker: SpeakerRef.optional(),
  position: PositionRef.optional(),
  stance: Stance.optional(),
  tags: Tags.default([]),
  note: z.string().max(20_000).default(''),
  /** The reporting cue ("said", "according to"), e.g. from an accepted suggestion; '' for none. */
  cue: Cue.or(z.literal('')).optional(),
  mode: StatementMode.optional(),
  /** Whose statement it is (created by name when new); default: the current coder. */
  coder: CoderRef.optional(),
  /**
   * The suggestion it is accepted from, as `suggestStatements` gave it (its speaker's id when the
   * rules named one): the archive compares the statement with it to know if it was corrected.
   */
  fromSuggestion: SuggestedFrom.optional(),
})

export const StatementPatch = z.object({
  speakerId: Id.nullable().optional(),
  positionId: Id.nullable().optional(),
  stance: Stance.nullable().optional(),
  tags: Tags.optional(),
  note: z.string().max(20_000).optional(),
  /** The reporting cue as written; `null` or '' clears it. */
  cue: Cue.or(z.literal('')).nullable().optional(),
  /** Direct, indirect or mixed; `null` clears it. */
  mode: StatementMode.nullable().optional(),
})

/**
 * One unit's consensus (`unitId` as `getComparison` gives it): one coder's version taken, taken
 * and edited, an edit of the consensus already made, or the unit dropped.
 */
export const AdjudicationDecision = z
  .object({
    unitId: z.string().min(1).max(2000),
    /** The coder whose version is taken. */
    take: Id.optional(),
    /** Changes to the version taken (or to the unit's consensus already made). */
    edit: StatementPatch.optional(),
    drop: z.literal(true).optional(),
  })
  .refine((decision) => !decision.drop || (!decision.take && !decision.edit), {
    message: 'a unit is either dropped or kept, not both',
  })
  .refine((decision) => decision.drop || decision.take || decision.edit, {
    message: 'a decision takes a coder’s version, edits it, or drops the unit',
  })
export type AdjudicationDecision = z.infer<typeof AdjudicationDecision>

/** Links in a document from a caller: only to the web or an e-mail address reach the archive. */
const LinkedDoc = Article.shape.body.transform(withoutUnsafeLinks)

export const ArticlePatch = z.object({
  /** The revision the change was made on; a newer article on disk refuses it with `conflict`. */
  baseRevision: z.number().int().min(0),
  meta: MetaInput.optional(),
  body: LinkedDoc.optional(),
  notes: LinkedDoc.optional(),
  statements: z.record(Id, Statement).optional(),
})

export const StatementFilter = z.object({
  articleId: Id.optional(),
  speakerId: Id.optional(),
  positionId: Id.optional(),
  stance: Stance.optional(),
  /** Words in the quote or the note, ignoring case and accents. */
  text: z.string().max(500).optional(),
  /** Any of these speakers (together with `speakerId`). */
  speakerIds: z.array(Id).max(1000).optional(),
  /** Any of these positions (together with `positionId`). */
  positionIds: z.array(Id).max(1000).optional(),
  /** With `positionId(s)`: their sub-positions too. */
  includeSubPositions: z.boolean().optional(),
  /** Any of these stances (together with `stance`); `none` for statements without one. */
  stances: z.array(StanceOrNone).max(4).optional(),
  /** A statement tag. */
  tag: z.string().max(100).optional(),
  /**
   * Statements of these coders (default: every coder). An article with consensus statements
   * contributes those whatever the coders chosen.
   */
  coderIds: z.array(Id).max(50).optional(),
  /** How the statement reports speech: direct, indirect or mixed. */
  mode: StatementMode.optional(),
  /** The article's publication, exactly. */
  source: z.string().max(500).optional(),
  /** Published on or after / on or before (YYYY-MM-DD). */
  from: z.string().max(10).optional(),
  to: z.string().max(10).optional(),
  /** Default `published`; empty values go last whichever the direction; ties in reading order. */
  sort: z.enum(['published', 'speaker', 'position', 'stance', 'article', 'quote']).optional(),
  /** Default `asc`. */
  direction: SortDirection.optional(),
  /** Rows to skip (default 0): the explorer pages through `total`. */
  offset: z.number().int().min(0).optional(),
  limit: z.number().int().min(1).max(100_000).default(1000),
})
export type StatementFilter = z.output<typeof StatementFilter>

export const Notice = z.object({ id: z.string(), message: z.string() })
export type Notice = z.infer<typeof Notice>

/** Who has an archive open for writing: the content of its `stancemark.lock`. */
export const LockHolder = z.object({
  pid: z.number().int(),
  hostname: z.string(),
  app: z.enum(['desktop', 'host', 'script']),
  startedAt: z.string(),
})
export type LockHolder = z.infer<typeof LockHolder>

export const ArchiveInfo = z.object({
  path: z.string(),
  /** Files moved to quarantine, articles missing, registry recovered: for a person to read. */
  notices: z.array(Notice),
  /** True when another window or process has the archive: every change is refused here. */
  readOnly: z.boolean(),
  /** Who has it, and a sentence saying so for a banner; only when `readOnly`. */
  lockedBy: LockHolder.extend({ message: z.string() }).optional(),
})
export type ArchiveInfo = z.infer<typeof ArchiveInfo>

/** A snapshot in the archive's backups/ folder. */
export const BackupInfo = z.object({
  id: Id,
  createdAt: z.string(),
  /**
   * `hourly` while editing; `before-restore` keeps what the archive was before a restore;
   * `before-migration` what it was before this version changed its files to its own layout;
   * `before-join` what it was before it took a team's archive in place of the sample.
   */
  reason: z.enum(['hourly', 'before-restore', 'before-migration', 'before-join']),
  articleCount: z.number().int(),
})
export type BackupInfo = z.infer<typeof BackupInfo>

/** [start, end) offsets, UTF-16 code units. */
const Ranges = z.array(z.tuple([z.number().int(), z.number().int()]))

export const SearchHit = z.object({
  articleId: Id,
  title: z.string(),
  /** Words around the first match in the text or the notes (the text's opening when only the title matched). */
  snippet: z.string(),
  /** The matched words within `snippet`, to mark. */
  highlights: Ranges,
  /** The matched words within `title`. */
  titleHighlights: Ranges,
  /** Where the snippet comes from. */
  field: z.enum(['text', 'notes']),
  source: z.string(),
  published: z.string(),
  score: z.number(),
  /** The hit is the sample article a new archive opens with. */
  sample: z.literal(true).optional(),
})
export type SearchHit = z.output<typeof SearchHit>

/** Words to find among the articles the filter's conditions (if any) list. */
export const SearchQuery = ArticleFilter.extend({
  /** Words to find; the last one may be unfinished (prefix), longer ones forgive a typo. */
  text: z.string().max(500),
  /** Hits to skip: the best first, so a list asks for more as it scrolls. */
  offset: z.number().int().min(0).max(100_000).optional(),
  limit: z.number().int().min(1).max(500).default(50),
})

/** A page of a search's hits, best first, and how many articles match in all. */
export const SearchResults = z.object({
  hits: z.array(SearchHit),
  total: z.number().int(),
})
export type SearchResults = z.output<typeof SearchResults>

/** The sample article a new archive opens with, while it is there. */
export const SampleInfo = z.object({
  articleId: Id,
  title: z.string(),
  /** Its statements: each counted in every total, the explorer and the analysis. */
  statements: z.number().int(),
  /** How many articles of the analyst's own the archive holds beside it. */
  ownArticles: z.number().int(),
})
export type SampleInfo = z.output<typeof SampleInfo>

/** What removing the sample took away: its article (to the trash) and the entries only it used. */
export const SampleRemoval = z.object({
  articleIds: z.array(Id),
  /** Names of the speakers removed, and labels of the positions, alphabetically. */
  speakers: z.array(z.string()),
  positions: z.array(z.string()),
})
export type SampleRemoval = z.output<typeof SampleRemoval>

/** `web-annotation`: its statements as W3C Web Annotation JSON-LD (an AnnotationCollection). */
export const ExportFormat = z.enum(['markdown', 'web-annotation'])
export const ExportedFile = z.object({
  filename: z.string(),
  mediaType: z.string(),
  content: z.string(),
  /** How `content` is written: text as UTF-8, or binary (a PNG) as base64. */
  encoding: z.enum(['utf8', 'base64']).default('utf8'),
})
export type ExportedFile = z.infer<typeof ExportedFile>

/** The statements matching a filter as a table (CSV) or a network for Gephi and visone. */
export const StatementExport = z.discriminatedUnion('format', [
  z.object({
    format: z.literal('csv'),
    /** Starts the file with a byte-order mark so that Excel reads it as UTF-8. */
    excel: z.boolean().default(false),
    /**
     * Cells as written. By default a cell that a spreadsheet would run as a formula (it begins
     * with =, +, -, @, a tab or a carriage return, and is not a plain number) starts with an
     * apostrophe; R and pandas users who want the text exactly as written set this.
     */
    rawText: z.boolean().optional(),
  }),
  z.object({
    format: z.enum(['gexf', 'graphml']),
    /** Speakers × positions (two-mode), or speakers linked by congruence and conflict (one-mode). */
    network: z.enum(['speaker-position', 'speaker-speaker']),
  }),
])
export type StatementExport = z.output<typeof StatementExport>

/** Without `kind`, a new speaker takes the kind its name says and an existing one keeps its own. */
const SpeakerInput = Speaker.extend({ id: Id.optional(), kind: SpeakerKind.optional() })
const PositionInput = Position.extend({ id: Id.optional() })

interface Operation {
  args: z.ZodTuple
  result: z.ZodType
}
const op = <A extends z.ZodTuple, R extends z.ZodType>(args: A, result: R) => ({ args, result })

/**
 * Every operation of the Notebook, once. IPC channels (`stancemark:<method>`) and the host's
 * `POST /api/<method>` routes are built from this object; the preload bridge and the renderer
 * from `methodNames`, which it must match key for key (checked when it compiles).
 */
export const contract = {
  /** Where the archive is, what the analyst should know about it, and whether it is read-only here. */
  getArchiveInfo: op(z.tuple([]), ArchiveInfo),
  /**
   * A page of article summaries matching the filters, newest published first unless sorted
   * otherwise; `text` searches titles, text and notes (as `search` does).
   */
  listArticles: op(
    z.tuple([ArticleQuery]),
    z.object({ total: z.number(), items: z.array(ArticleSummary) }),
  ),
  getArticle: op(z.tuple([Id]), Article),
  /** From pasted text or a file (txt, md, html, docx, pdf) plus meta. */
  importArticle: op(z.tuple([ImportInput]), Article),
  /** The article (not in the trash) already imported from this pasted text, or null. */
  findDuplicate: op(
    z.tuple([z.object({ text: z.string().max(MAX_IMPORT_BYTES) })]),
    ArticleSummary.nullable(),
  ),
  /**
   * Imports files as articles, one by one, each with meta found in it: a result per file, in
   * order — imported, skipped as a duplicate (the same bytes as an article in the archive, or
   * as an earlier file of the batch), or failed and why. The app sends one file per call, so it
   * can show progress and stop between files.
   */
  importFiles: op(
    z.tuple([z.object({ files: z.array(ImportFile).min(1).max(100) })]),
    z.object({ results: z.array(ImportFileResult) }),
  ),
  /** Meta, body, notes or statements; a stale `baseRevision` is refused with `conflict`. */
  updateArticle: op(z.tuple([Id, ArticlePatch]), Article),
  deleteArticle: op(z.tuple([Id]), z.object({ id: Id })),
  restoreArticle: op(z.tuple([Id]), ArticleSummary),
  /** The sample article a new archive opens with, or `null` once it is gone. */
  getSample: op(z.tuple([]), SampleInfo.nullable()),
  /**
   * Moves the sample article to the trash, as `deleteArticle` does, with the speakers and
   * positions only it uses: never one that another article (in the trash too) codes a
   * statement with, that is another speaker's affiliation, or that holds a position of the
   * codebook under it. Refused with `not-found` when there is no sample.
   */
  removeSample: op(z.tuple([]), SampleRemoval),
  /** Marks a quote or an offset range as a statement; speaker and position created when new. */
  addStatement: op(
    z.tuple([Id, StatementInput]),
    z.object({ statement: Statement, quote: z.string(), revision: z.number() }),
  ),
  updateStatement: op(z.tuple([Id, Id, StatementPatch]), Statement),
  removeStatement: op(z.tuple([Id, Id]), z.object({ revision: z.number() })),
  /**
   * Statements the rules propose for an article, offline: span, speaker (registry id when known),
   * cue, mode and confidence, in reading order. Nothing overlapping a coded statement, nothing
   * rejected.
   */
  suggestStatements: op(z.tuple([Id]), z.array(StatementSuggestion)),
  /** Turns a suggestion down for this article: it is not suggested again. */
  rejectSuggestion: op(z.tuple([Id, SuggestionRejection]), z.object({ revision: z.number() })),
  /**
   * Whether this archive suggests statements here, and how its suggestions fared: accepted as
   * they were, with the speaker or the words corrected, or rejected (statements removed since
   * no longer count).
   */
  getSuggestionQuality: op(z.tuple([]), SuggestionQuality),
  /**
   * Turns suggestions on or off in this archive on this machine (`local/suggestions.json`): off,
   * `suggestStatements` is refused in words that say where to turn them on again.
   */
  setSuggestionsOn: op(z.tuple([z.boolean()]), z.object({ on: z.boolean() })),
  /** Statements across the archive with their article, speaker, position, stance and quote. */
  queryStatements: op(z.tuple([StatementFilter]), z.array(StatementRow)),
  /** The statement explorer: a page of rows as `queryStatements`, how many match, and their counts. */
  exploreStatements: op(z.tuple([StatementFilter]), ExploredStatements),
  /**
   * Sets speaker, position or stance, or adds and removes tags, on many statements at once,
   * article by article (each saved once, its revision incremented).
   */
  bulkUpdateStatements: op(
    z.tuple([z.array(StatementRef).min(1).max(100_000), BulkStatementPatch]),
    BulkUpdateResult,
  ),
  listSpeakers: op(z.tuple([]), z.array(Speaker)),
  saveSpeaker: op(z.tuple([SpeakerInput]), Speaker),
  /** The kind a new speaker of this name gets when none is given: "Ukrinform news agency" is media. */
  guessSpeakerKind: op(z.tuple([z.string().max(300)]), SpeakerKind),
  /** Moves every statement of the second speaker to the first; the second's name becomes an alias. */
  mergeSpeakers: op(z.tuple([Id, Id]), Speaker),
  /**
   * Undoes a `mergeSpeakers` made since the archive was opened, given the merged speaker's id: it
   * comes back as it was (id, names, aliases, role, affiliation, notes) with exactly the
   * statements and members the merge moved, and the kept speaker loses the aliases it gained.
   * Refused with `conflict`, and nothing changed, when one of those statements was changed since
   * or another speaker now goes by one of its names; `statements` says how many moved back.
   */
  undoMergeSpeakers: op(
    z.tuple([Id]),
    z.object({ speaker: Speaker, statements: z.number().int() }),
  ),
  /**
   * Without options, refused with `conflict` while statements use the speaker; with them, its
   * statements are reassigned to another speaker or left without one. `statements` says how many.
   */
  deleteSpeaker: op(
    z.tuple([Id, DeleteOptions.optional()]),
    z.object({ id: Id, statements: z.number().int().default(0) }),
  ),
  /** All their statements over time, grouped by position, with contradictions flagged. */
  getSpeakerProfile: op(z.tuple([Id]), SpeakerProfile),
  /** The codebook: parents before children, siblings by `order`, then label. */
  listPositions: op(z.tuple([]), z.array(Position)),
  /** A parent that would make the position its own ancestor is refused with `invalid`. */
  savePosition: op(z.tuple([PositionInput]), Position),
  /** Moves every statement of the second position to the first; its sub-positions follow. */
  mergePositions: op(z.tuple([Id, Id]), Position),
  /** As `undoMergeSpeakers`, for a `mergePositions`: the position, its statements and sub-positions. */
  undoMergePositions: op(
    z.tuple([Id]),
    z.object({ position: Position, statements: z.number().int() }),
  ),
  /** As `deleteSpeaker`; its sub-positions move up to its parent. */
  deletePosition: op(
    z.tuple([Id, DeleteOptions.optional()]),
    z.object({ id: Id, statements: z.number().int().default(0) }),
  ),
  /**
   * Puts a position under a parent (`null`: top level) at `index` among its siblings, renumbering
   * their `order`; answers the whole codebook as `listPositions`.
   */
  movePosition: op(z.tuple([Id, Id.nullable(), z.number().int().min(0)]), z.array(Position)),
  /** The codebook as CSV (RFC 4180, UTF-8): id, label, parent_label, description, color. */
  exportCodebook: op(z.tuple([]), ExportedFile),
  /**
   * Adds a codebook CSV (as exported) to this one, matching positions by label ignoring case and
   * accents; parents are created before their children. Bad rows are reported, not imported.
   */
  importCodebook: op(z.tuple([z.object({ csv: z.string().max(5_000_000) })]), CodebookImportReport),
  /** Full-text hits over titles, text and notes with snippets and the matched words marked. */
  search: op(z.tuple([SearchQuery]), SearchResults),
  /**
   * Where the words of a search (as `search` matches them) are in an article's text: plain-text
   * offsets, the first 500, to mark when the article opens from a hit, scrolled to the first.
   */
  findInArticle: op(z.tuple([Id, z.string().max(500)]), Ranges),
  /** Sources, tags and the date range, for the filters' choices. */
  getFacets: op(z.tuple([]), ArchiveFacets),
  /**
   * Speaker × position matrix, timelines by month, and the two-mode network, over every statement
   * matching the filter (its sort, offset and limit do not apply).
   */
  analyseStatements: op(z.tuple([StatementFilter]), StatementAnalysis),
  exportArticle: op(z.tuple([Id, ExportFormat]), ExportedFile),
  /**
   * The statements matching the filter (`{}`: the whole archive) as W3C Web Annotation JSON-LD:
   * an AnnotationCollection, one Annotation per statement with TextQuoteSelector and
   * TextPositionSelector, its speaker, position, stance, tags, note, cue and mode as bodies.
   */
  exportAnnotations: op(z.tuple([StatementFilter]), ExportedFile),
  /**
   * Puts W3C Web Annotation JSON-LD (as `exportAnnotations` writes it) onto an article: each
   * annotation at its quote, found again by prefix, suffix and expected offset when the text has
   * been edited; speakers and positions matched by id, then name, else created. The ones that
   * cannot be placed are listed with their quotes, never dropped silently.
   */
  importAnnotations: op(z.tuple([Id, z.string().max(MAX_IMPORT_BYTES)]), AnnotationImportReport),
  /**
   * The statements matching the filter (its sort, offset and limit do not apply; `from` and `to`
   * give a date range) as CSV — one row each, RFC 4180, UTF-8 — or as a GEXF or GraphML network
   * with every node attribute and edge weights.
   */
  exportStatements: op(z.tuple([StatementFilter, StatementExport]), ExportedFile),
  /** The archive's coders, by name. */
  listCoders: op(z.tuple([]), z.array(Coder)),
  /** Who is coding on this machine (kept per archive, not in the shared data). */
  getCoder: op(z.tuple([]), Coder),
  /** A new coder (no id), or one renamed or recoloured; a name another coder has (ignoring case) is refused. */
  saveCoder: op(z.tuple([CoderInput]), Coder),
  /** Who codes on this machine from now on. */
  switchCoder: op(z.tuple([Id]), Coder),
  /**
   * Gives articles to two or more coders to code independently: until a coder marks an article
   * done, every read shows them only their own statements on it and its text cannot be edited.
   * Statements already there stay, their coders'. `articles`: how many were assigned.
   */
  assignCoding: op(z.tuple([CodingAssignment]), z.object({ articles: z.number().int() })),
  /** The current coder marks a double-coded article done (or not done again). */
  setCodingDone: op(z.tuple([Id, z.boolean()]), Article),
  /**
   * Every coder's statements on a double-coded article, matched into units (≥ half the shorter
   * span, one to one, largest overlap first) with their disagreements, in reading order. Refused
   * with `conflict` until every coder is done.
   */
  getComparison: op(z.tuple([Id]), Comparison),
  /**
   * Krippendorff's α (unitizing; speaker, position nominal; stance ordinal), percent agreement,
   * units and Cohen's κ per pair, overall and per article. Default: every double-coded article all
   * of whose coders are done, and their coders. Speakers merged in the registry count as one.
   */
  agreement: op(z.tuple([AgreementQuery]), AgreementReport),
  /** `agreement` as CSV (a row per article and an overall row) or a Markdown methods report. */
  exportAgreement: op(z.tuple([AgreementQuery, z.enum(['csv', 'markdown'])]), ExportedFile),
  /**
   * Decides units of the comparison: the consensus statements (`consensus: true`, the current
   * coder's). Decisions may come one at a time and be changed; with every unit decided the
   * article's `coding.adjudicated` is set.
   */
  adjudicate: op(z.tuple([Id, z.array(AdjudicationDecision).min(1).max(100_000)]), Article),
  /** The snapshots in backups/, newest first: hourly while editing, 24 hourly and 14 daily kept. */
  listBackups: op(z.tuple([]), z.array(BackupInfo)),
  /**
   * Puts the archive back as it was in that backup. What it is now is first kept as a new backup
   * (`saved`), and articles that were not in the backup go to the trash. `skipped` names the
   * backup's files that could not be read.
   */
  restoreBackup: op(
    z.tuple([Id]),
    z.object({ restored: BackupInfo, saved: BackupInfo, skipped: z.array(z.string()) }),
  ),
  /**
   * The archive as an Obsidian vault in one .zip (base64), to unpack where Obsidian opens it: a
   * note per article (as `exportArticle` writes it), per speaker and per position listing their
   * statements with links to each statement's block, and an index note `Stancemark.md`. Each
   * note ends with a marker line; below it is the analyst's (kept when exported into a folder
   * again). The desktop app writes the vault into a folder the analyst picks
   * (`exportVaultToChosenFolder`).
   */
  exportVaultZip: op(z.tuple([]), ExportedFile),
  /** The whole archive as one .zip (base64): catalog, articles, trash and quarantine. */
  exportArchiveZip: op(z.tuple([]), ExportedFile),
  /**
   * Restores a .zip made by `exportArchiveZip` (base64) into a new or empty folder — never into
   * or around the open archive, and refusing anything a backup never holds (a `..` or absolute
   * path among them). The restored folder opens as an archive of its own. Only the local host
   * answers it: a page has no folder dialog there, so the analyst types the folder. The desktop
   * app refuses it and asks with its own dialogs instead (`restoreArchiveZipFromChosenFile`).
   */
  restoreArchiveZip: op(
    z.tuple([
      z.object({ zip: z.string().max(40_000_000), folder: z.string().trim().min(1).max(4096) }),
    ]),
    z.object({ folder: z.string(), articles: z.number().int() }),
  ),
  /**
   * The live vault (DESIGN.md §11): the folder kept in sync with every save — named by main alone,
   * the desktop's dialog (`keepChosenVaultInSync`) or the host's `--vault DIR` —, whether it is on,
   * why it stopped by itself (the folder gone, the disk full), and its latest update.
   */
  getLiveVault: op(z.tuple([]), LiveVault),
  /**
   * Turns the live vault off, or on again for the folder main named (a page never names one);
   * turning it on first brings the whole vault up to date, writing only the notes that differ.
   */
  switchLiveVault: op(z.tuple([z.object({ on: z.boolean() })]), LiveVault),
  /**
   * The team archive's sync: off, up to date, syncing, offline or refused; the remote as set
   * (never its token), how many changes wait to go out, conflicts left, and when it last synced.
   */
  getSync: op(z.tuple([]), SyncStatus),
  /**
   * Shares the archive with a team through a git server (https; the token kept on this machine,
   * outside the archive), then syncs: an archive holding only the sample takes the team's archive
   * as it is, one with work merges with it. `null` stops sharing and forgets the remote and token.
   * An address with no repository is refused with `not-found` and not kept. A new address in
   * place of one set, whose server refuses the credentials (`invalid`) or cannot be reached
   * (`io`), is refused and the old address and its token kept.
   */
  setSyncRemote: op(z.tuple([SyncRemoteInput.nullable()]), SyncStatus),
  /**
   * Syncs now: the shared files that changed committed by the current coder, the team's changes
   * fetched and merged by entity, the result pushed. Offline or refused, it says so in the status
   * and loses nothing; saving goes on.
   */
  syncNow: op(z.tuple([]), SyncOutcome),
  /** Where a sync left conflicts to settle: articles (how many each) and the registry's entries. */
  listConflicts: op(z.tuple([]), ConflictList),
  /**
   * Settles one conflict of an article, as a new revision (it syncs like any save): `kept`
   * dismisses it; `other` takes the other version (a statement's, in its place on the text; a
   * field's value; for the text, the copy's text and statements). Either way a text conflict's
   * copy goes to the trash. A choice naming no conflict of the article is `not-found`.
   */
  settleConflict: op(z.tuple([Id, ConflictChoice]), Article),
  /**
   * Settles one conflict of the registry (a speaker's, position's or coder's field changed on two
   * machines): `kept` dismisses it, `other` sets the field to the other value. Answers what is left.
   */
  settleRegistryConflict: op(z.tuple([RegistryConflictChoice]), ConflictList),
  /**
   * An article's history from the archive's git history (empty until a team remote is set),
   * newest first: who, when, and what changed against the version before.
   */
  articleHistory: op(z.tuple([Id]), z.array(ArticleVersion)),
  /** An earlier version of an article, read-only: the commit must be one of its history's. */
  getArticleVersion: op(z.tuple([Id, CommitId]), ArticleAtVersion),
  /**
   * Saves an earlier version (its text, details, notes and statements) as a new revision of the
   * article, or brings a removed article back as it was then.
   */
  restoreArticleVersion: op(z.tuple([Id, CommitId]), Article),
} satisfies Record<MethodName, Operation>

/** Operations only the desktop app has: native dialogs. */
export const desktopContract = {
  /** Asks where to save an exported file and writes it there. */
  saveExport: op(z.tuple([ExportedFile]), z.object({ saved: z.boolean() })),
  /**
   * Asks for a folder and writes the vault of `exportVaultZip` into it, updating the notes of an
   * earlier export there and keeping what the analyst wrote below each note's marker line (a
   * renamed article's note moves, lines and all). `null` when the analyst cancels the dialog.
   */
  exportVaultToChosenFolder: op(
    z.tuple([]),
    z
      .object({
        folder: z.string(),
        notes: z.number().int(),
        written: z.number().int(),
        /** Notes of an earlier export removed: renamed since, or about what left the archive. */
        removed: z.number().int(),
      })
      .nullable(),
  ),
  /**
   * Asks where to save the whole archive as one .zip (as `exportArchiveZip` makes it) and writes
   * it there, whole or not at all. `null` when the analyst cancels the dialog.
   */
  saveArchiveZipToChosenFile: op(
    z.tuple([]),
    z.object({ path: z.string(), bytes: z.number().int() }).nullable(),
  ),
  /**
   * Asks for a backup .zip and then for a new, empty folder, and restores it there as
   * `restoreArchiveZip` does. `null` when the analyst cancels either dialog.
   */
  restoreArchiveZipFromChosenFile: op(
    z.tuple([]),
    z.object({ folder: z.string(), articles: z.number().int() }).nullable(),
  ),
  /**
   * Asks for a folder and keeps the vault there in sync with every save from now on (after an
   * export into it that writes only what differs). `null` when the analyst cancels the dialog.
   */
  keepChosenVaultInSync: op(z.tuple([]), LiveVault.nullable()),
} satisfies Record<DesktopMethodName, Operation>

/**
 * Operations that take a folder from the page. The desktop app refuses them over IPC — its own
 * dialogs ask where (see `desktopContract`); the local host, which has no dialog, answers them.
 */
export const HOST_ONLY_METHODS: readonly MethodName[] = ['restoreArchiveZip']

type Operations = Record<string, Operation>
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
export type StancemarkApi = Api<Contract>
export type DesktopApi = Api<typeof desktopContract>
export { desktopMethodNames, methodNames, type MethodName }
