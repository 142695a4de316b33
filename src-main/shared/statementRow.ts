import { z } from 'zod'
import { Id, SpeakerKind, Stance, StatementMode } from './model'

/** One statement as the explorer lists it: its article, speaker, position, stance and quote. */
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
  /** The reporting cue ("said", "according to") when one was stored. */
  cue: z.string().optional(),
  mode: StatementMode.optional(),
  /** Who coded it. */
  coder: z.object({ id: Id, name: z.string() }),
  /** An adjudicated statement: its article's consensus. */
  consensus: z.literal(true).optional(),
  quote: z.string(),
  start: z.number(),
  end: z.number(),
  /** The statement is in the sample article a new archive opens with. */
  sample: z.literal(true).optional(),
})
export type StatementRow = z.infer<typeof StatementRow>

/** Where a statement is: enough to open its article scrolled to it. */
export const StatementRef = z.object({ articleId: Id, statementId: Id })
export type StatementRef = z.infer<typeof StatementRef>
