import type { Stance } from '../../shared/model'
import { cohenKappa, type Kappa } from './cohenKappa'
import { krippendorffAlpha, type Alpha } from './krippendorffAlpha'
import { matchUnits, type CodedSpan } from './matchUnits'
import { unitizingAlpha } from './unitizingAlpha'

export interface CodedStatement extends CodedSpan {
  speakerId?: string
  positionId?: string
  stance?: Stance
}

export interface CodedArticle {
  id: string
  /** Characters in the article's text: the continuum the coders unitized. */
  length: number
  statements: readonly CodedStatement[]
}

export interface PairKappa {
  coders: [string, string]
  speaker: Kappa
  position: Kappa
  stance: Kappa
}

export interface AgreementFigures {
  /** Did they mark the same words? Krippendorff's α for unitizing, over characters. */
  alphaU: number | null
  /** Over matched statements: nominal α for speaker and position, ordinal α for stance. */
  speaker: Alpha
  position: Alpha
  stance: Alpha
  /** Units: statements matched across coders count once; `lone` of them have one coder only. */
  units: number
  lone: number
  pairs: PairKappa[]
}

/** Stance is ordinal: opposes < neutral < supports. */
const STANCE_RANK: Record<Stance, number> = { opposes: 0, neutral: 1, supports: 2 }

type Variable = 'speakerId' | 'positionId' | 'stance'
const valueOf = (statement: CodedStatement, variable: Variable): string | number | undefined =>
  variable === 'stance' ? statement.stance && STANCE_RANK[statement.stance] : statement[variable]

/**
 * Agreement among `coderIds` over the articles, each article's figures and all together (one
 * continuum of the articles one after another, the units of all articles pooled).
 */
export function measureAgreement(
  articles: readonly CodedArticle[],
  coderIds: readonly string[],
): { overall: AgreementFigures; articles: (AgreementFigures & { articleId: string })[] } {
  const coders = new Set(coderIds)
  const perArticle = articles.map((article) => {
    const statements = article.statements.filter((statement) => coders.has(statement.coderId))
    return { article, statements, units: matchUnits(statements) }
  })
  let offset = 0
  const continuum = coderIds.map(() => [] as { start: number; end: number; category: string }[])
  for (const { article, statements } of perArticle) {
    for (const statement of statements)
      continuum[coderIds.indexOf(statement.coderId)].push({
        start: offset + statement.start,
        end: offset + statement.end,
        category: 'statement',
      })
    offset += article.length
  }
  const allUnits = perArticle.flatMap(({ units }) => units)
  return {
    overall: {
      ...figuresOver(allUnits, coderIds),
      alphaU: unitizingAlpha(offset, continuum).alpha,
    },
    articles: perArticle.map(({ article, statements, units }) => ({
      articleId: article.id,
      ...figuresOver(units, coderIds),
      alphaU: unitizingAlpha(
        article.length,
        coderIds.map((coderId) =>
          statements
            .filter((statement) => statement.coderId === coderId)
            .map(({ start, end }) => ({ start, end, category: 'statement' })),
        ),
      ).alpha,
    })),
  }
}

function figuresOver(
  units: readonly CodedStatement[][],
  coderIds: readonly string[],
): Omit<AgreementFigures, 'alphaU'> {
  const values = (variable: Variable) =>
    units.map((unit) =>
      unit.map((statement) => valueOf(statement, variable)).filter((value) => value !== undefined),
    )
  const pairs: PairKappa[] = []
  for (let a = 0; a < coderIds.length; a++)
    for (let b = a + 1; b < coderIds.length; b++) {
      const both = units.flatMap((unit) => {
        const first = unit.find((statement) => statement.coderId === coderIds[a])
        const second = unit.find((statement) => statement.coderId === coderIds[b])
        return first && second ? [[first, second] as const] : []
      })
      const kappaOf = (variable: Variable) =>
        cohenKappa(
          both.flatMap(([first, second]) => {
            const [x, y] = [valueOf(first, variable), valueOf(second, variable)]
            return x === undefined || y === undefined ? [] : [[x, y] as const]
          }),
        )
      pairs.push({
        coders: [coderIds[a], coderIds[b]],
        speaker: kappaOf('speakerId'),
        position: kappaOf('positionId'),
        stance: kappaOf('stance'),
      })
    }
  return {
    speaker: krippendorffAlpha(values('speakerId'), 'nominal'),
    position: krippendorffAlpha(values('positionId'), 'nominal'),
    stance: krippendorffAlpha(values('stance'), 'ordinal'),
    units: units.length,
    lone: units.filter((unit) => unit.length === 1).length,
    pairs,
  }
}
