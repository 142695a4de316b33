import { z } from 'zod'

/** How the suggestions of a stretch of time fared, each counted once. */
export const SuggestionFates = z.object({
  /** Accepted, and the statement still has the suggested words and speaker. */
  asSuggested: z.number().int().min(0),
  speakerCorrected: z.number().int().min(0),
  spanCorrected: z.number().int().min(0),
  /** Both the speaker and the words changed. */
  bothCorrected: z.number().int().min(0),
  rejected: z.number().int().min(0),
  /** All of the above. */
  total: z.number().int().min(0),
})
export type SuggestionFates = z.infer<typeof SuggestionFates>

/**
 * Whether the archive suggests statements here, and how its suggestions fared: over the whole
 * archive, and over the last `recentDays` (rejections from before their time was kept count in
 * the whole only).
 */
export const SuggestionQuality = z.object({
  on: z.boolean(),
  all: SuggestionFates,
  recent: SuggestionFates,
  recentDays: z.number().int().min(1),
})
export type SuggestionQuality = z.infer<typeof SuggestionQuality>
