import type { Disagreement } from '../../../src-main/shared/coding'

/** What the coders disagree on, in the analyst's words. */
export const DISAGREEMENT_LABELS: Record<Disagreement, string> = {
  boundaries: 'words',
  speaker: 'speaker',
  position: 'position',
  stance: 'stance',
  'one-coder': 'one coder only',
}

/** "Speaker and stance differ", "One coder only", "Agreed". */
export function disagreementLine(disagreements: readonly Disagreement[]): string {
  if (disagreements.length === 0) return 'Agreed'
  if (disagreements.includes('one-coder')) return 'One coder only'
  const names = disagreements.map((d) => DISAGREEMENT_LABELS[d])
  const line = new Intl.ListFormat('en', { type: 'conjunction' }).format(names)
  return `${line[0].toUpperCase()}${line.slice(1)} differ`
}
