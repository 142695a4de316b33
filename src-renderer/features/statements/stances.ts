import type { Stance } from '../../../src-main/shared/model'

/** The stances with their label and the one key that sets each. */
export const STANCE_CHOICES: { stance: Stance; label: string; key: string }[] = [
  { stance: 'supports', label: 'Supports', key: 's' },
  { stance: 'opposes', label: 'Opposes', key: 'o' },
  { stance: 'neutral', label: 'Neutral', key: 'n' },
]

export function stanceLabel(stance: Stance | undefined): string {
  return STANCE_CHOICES.find((choice) => choice.stance === stance)?.label ?? 'No stance'
}
