import { z } from 'zod'
import { Id, SpeakerKind, StatementMode } from './model'

/** Offsets over the article's plain text (UTF-16 code units) and the words between them. */
export const SuggestionAnchor = z.object({
  exact: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
})

/**
 * A statement Stancemark proposes and the analyst accepts or rejects: what was said, by whom,
 * with which reporting cue. `speaker.id` is set when the speaker is already in the registry;
 * otherwise `name` and `kind` propose a new one.
 */
export const StatementSuggestion = z.object({
  anchor: SuggestionAnchor,
  speaker: z.object({ id: Id.optional(), name: z.string(), kind: SpeakerKind }),
  /** The reporting word as written ("said", "according to"); empty for a quote that carries on. */
  cue: z.string(),
  mode: StatementMode,
  /** 0–1: how sure the rules are of both the span and the speaker. */
  confidence: z.number().min(0).max(1),
  /** Which rule found it (e.g. `quote-then-attribution`), to explain a suggestion. */
  rule: z.string(),
})
export type StatementSuggestion = z.infer<typeof StatementSuggestion>

/** What the analyst rejects: a suggestion's anchor. */
export const SuggestionRejection = z.object({
  exact: z.string().min(1).max(100_000),
  start: z.number().int().min(0),
  end: z.number().int().min(1),
})
export type SuggestionRejection = z.infer<typeof SuggestionRejection>
