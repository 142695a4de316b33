import { z } from 'zod'
import { Coder, Id, Statement, lineText } from './model'

/** A coder named by id, or by name (created when new, names matched ignoring case). */
export const CoderRef = z.union([
  z.object({ id: Id }),
  z.object({ name: lineText().trim().min(1, 'a coder needs a name').max(100) }),
])
export type CoderRef = z.infer<typeof CoderRef>

/** A new coder (no id), or a coder renamed or recoloured; names are unique ignoring case. */
export const CoderInput = z.object({
  id: Id.optional(),
  name: Coder.shape.name,
  /** Default for a new coder: the next colour of the app's palette. */
  color: Coder.shape.color.optional(),
})

/** Articles to give to coders to code independently, each coder blind to the others' statements. */
export const CodingAssignment = z.object({
  articleIds: z.array(Id).min(1, 'choose an article to code').max(100_000),
  coderIds: z.array(Id).min(2, 'double coding needs two coders or more').max(50),
})

/** Why two coders' versions of a unit differ; `one-coder`: a statement only one coder marked. */
export const Disagreement = z.enum(['boundaries', 'speaker', 'position', 'stance', 'one-coder'])
export type Disagreement = z.infer<typeof Disagreement>

/** A statement in the comparison, with whose it is and where it is in the plain text. */
export const ComparedStatement = z.object({
  coderId: Id,
  statement: Statement,
  quote: z.string(),
  start: z.number().int(),
  end: z.number().int(),
})
export type ComparedStatement = z.infer<typeof ComparedStatement>

/** Statements of different coders matched as one unit (≥ half the shorter span), or one lone statement. */
export const ComparedUnit = z.object({
  /** Stable: its statements' ids, sorted, joined by `+`. */
  id: z.string(),
  statements: z.array(ComparedStatement),
  /** Empty when the coders agree on everything. */
  disagreements: z.array(Disagreement),
  /** The consensus statement adjudication made for it, if any. */
  consensus: Statement.optional(),
  /** Adjudication dropped it: no consensus statement. */
  dropped: z.literal(true).optional(),
})
export type ComparedUnit = z.infer<typeof ComparedUnit>

/** An article's coders' statements side by side, in units, in reading order. */
export const Comparison = z.object({
  coders: z.array(Coder),
  /** The article's plain text (offsets of `start`/`end` are in it). */
  text: z.string(),
  units: z.array(ComparedUnit),
})
export type Comparison = z.infer<typeof Comparison>

/** Which articles and coders agreement is measured over. */
export const AgreementQuery = z.object({
  /** Default: every double-coded article all of whose coders are done. */
  articleIds: z.array(Id).max(100_000).optional(),
  /** Default: the coders of those articles. */
  coderIds: z.array(Id).min(2, 'agreement needs two coders or more').max(50).optional(),
})
export type AgreementQuery = z.infer<typeof AgreementQuery>

/** Krippendorff's α for one variable over matched statements. */
export const AlphaFigure = z.object({
  /** α, or null where there is nothing to disagree about. */
  alpha: z.number().nullable(),
  /** Units with two or more values. */
  units: z.number().int(),
  values: z.number().int(),
  /** Share of pairs of values within a unit that agree. */
  percentAgreement: z.number().nullable(),
})

/** Cohen's κ for one pair of coders and one variable, over the units both coded. */
export const KappaFigure = z.object({
  kappa: z.number().nullable(),
  observed: z.number().nullable(),
  expected: z.number().nullable(),
  units: z.number().int(),
})

/** The figures of `measureAgreement`: for one article, or all together. */
export const AgreementFigures = z.object({
  /** Krippendorff's α for unitizing, over characters: did they mark the same words? */
  alphaU: z.number().nullable(),
  /** Nominal α over matched statements. */
  speaker: AlphaFigure,
  /** Nominal α over matched statements. */
  position: AlphaFigure,
  /** Ordinal α (opposes < neutral < supports) over matched statements. */
  stance: AlphaFigure,
  /** Units: matched statements count once; `lone` of them have one coder only. */
  units: z.number().int(),
  lone: z.number().int(),
  /** Cohen's κ for each pair of coders. */
  pairs: z.array(
    z.object({
      coders: z.tuple([Id, Id]),
      speaker: KappaFigure,
      position: KappaFigure,
      stance: KappaFigure,
    }),
  ),
})
export type AgreementFigures = z.infer<typeof AgreementFigures>

export const AgreementReport = z.object({
  coders: z.array(Coder),
  articles: z.number().int(),
  overall: AgreementFigures,
  perArticle: z.array(AgreementFigures.extend({ articleId: Id, title: z.string() })),
})
export type AgreementReport = z.infer<typeof AgreementReport>
