import type { ArticleCoding } from '../../../src-main/shared/model'

/** Where an article's double coding stands, for the list and the article. */
export type CodingStage = 'coding' | 'ready' | 'adjudicated'

export interface CodingState {
  stage: CodingStage
  /** In the analyst's words: "2 coders · 1 done", "Ready to compare", "Adjudicated". */
  label: string
  /** The current coder is one of its coders and has not marked it done. */
  yoursToCode: boolean
}

/** The state of an article's double coding as seen by `coderId`; undefined for an article not double-coded. */
export function codingState(
  coding: Pick<ArticleCoding, 'coders' | 'done' | 'adjudicated'> | undefined,
  coderId: string | undefined,
): CodingState | undefined {
  if (!coding) return undefined
  const done = coding.coders.filter((id) => coding.done.includes(id)).length
  const yoursToCode =
    coderId !== undefined && coding.coders.includes(coderId) && !coding.done.includes(coderId)
  if (coding.adjudicated) return { stage: 'adjudicated', label: 'Adjudicated', yoursToCode }
  if (done === coding.coders.length)
    return { stage: 'ready', label: 'Ready to compare', yoursToCode }
  return { stage: 'coding', label: `${coding.coders.length} coders · ${done} done`, yoursToCode }
}
