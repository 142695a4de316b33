import { z } from 'zod'
import { Id, Speaker, SpeakerKind } from './model'
import { StatementRef, StatementRow } from './statementRow'

/** Counts by stance, as in stanceTally.ts: `net` runs from -1 (all oppose) to 1 (all support). */
export const StanceTallySchema = z.object({
  supports: z.number().int(),
  opposes: z.number().int(),
  neutral: z.number().int(),
  none: z.number().int(),
  total: z.number().int(),
  net: z.number(),
  /** Both supports and opposes. */
  contradiction: z.boolean(),
})

const PositionLabel = z.object({ id: Id, label: z.string(), color: z.string() })

/** A speaker who both supports and opposes one position, with the statements that say so. */
export const Contradiction = z.object({
  position: PositionLabel,
  supporting: z.array(StatementRef),
  opposing: z.array(StatementRef),
})

/** Statements in one calendar month of published dates, `YYYY-MM`. */
export const MonthTally = StanceTallySchema.extend({ month: z.string() })

export const SpeakerProfile = z.object({
  speaker: Speaker,
  /** The organisation the speaker belongs to. */
  affiliation: Speaker.optional(),
  /** Speakers whose affiliation is this one. */
  members: z.array(Speaker),
  counts: StanceTallySchema.extend({
    articles: z.number().int(),
    /** First and last published date of their statements ('' when undated). */
    first: z.string(),
    last: z.string(),
  }),
  /** Their statements grouped by position (most statements first; no position last), each group by date. */
  positions: z.array(
    z.object({
      /** Absent for the statements not given a position yet. */
      position: PositionLabel.optional(),
      tally: StanceTallySchema,
      statements: z.array(StatementRow),
    }),
  ),
  /** Every month from their first to their last dated statement. */
  timeline: z.array(MonthTally),
  contradictions: z.array(Contradiction),
})
export type SpeakerProfile = z.infer<typeof SpeakerProfile>

export const MatrixCell = StanceTallySchema.extend({
  speakerId: Id,
  positionId: Id,
  statementRefs: z.array(StatementRef),
})

/** The pictures of issue 3 over the statements matching a filter. */
export const StatementAnalysis = z.object({
  /** Statements matching the filter, coded or not. */
  total: z.number().int(),
  /** How many of them are in the sample article a new archive opens with. */
  sampleStatements: z.number().int(),
  /** Matrix rows: speakers with a coded statement, most statements first. */
  speakers: z.array(z.object({ id: Id, name: z.string(), kind: SpeakerKind, total: z.number() })),
  /** Matrix columns: positions in codebook order (parents before children, then `order`, label). */
  positions: z.array(PositionLabel.extend({ parentId: Id.optional(), total: z.number() })),
  /** One per speaker × position pair with statements; the others are empty. */
  cells: z.array(MatrixCell),
  timeline: z.object({
    /** Every month from the first to the last dated statement, `YYYY-MM`. */
    months: z.array(z.string()),
    /** For each speaker and each position, its statements by stance in the months it has any, in order. */
    bySpeaker: z.record(z.string(), z.array(MonthTally)),
    byPosition: z.record(z.string(), z.array(MonthTally)),
    /** Statements whose article has no published date. */
    undated: z.number().int(),
  }),
  /** Two-mode network: speakers and positions as nodes, one edge per pair, stance counts on it. */
  network: z.object({
    nodes: z.array(
      z.object({
        id: Id,
        kind: z.enum(['speaker', 'position']),
        label: z.string(),
        total: z.number(),
      }),
    ),
    edges: z.array(StanceTallySchema.extend({ source: Id, target: Id })),
  }),
})
export type StatementAnalysis = z.infer<typeof StatementAnalysis>
