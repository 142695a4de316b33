// The closed lists of the model, without its schemas (model.ts builds them from these), so the
// renderer can offer the choices without bundling the validation library.

export const STANCES = ['supports', 'opposes', 'neutral'] as const

export const SPEAKER_KINDS = ['person', 'organisation', 'media', 'group'] as const

/** How a statement reports speech: quoted words, a paraphrase, or a paraphrase with quoted words in it. */
export const STATEMENT_MODES = ['direct', 'indirect', 'mixed'] as const
