import type { StanceTally } from '../../../src-main/shared/stanceTally'

const SUPPORTS = [22, 121, 74]
const OPPOSES = [180, 35, 35]
// Dark enough that a mark stands out from the white at 3:1 and its count on it reads at 4.5:1.
const NEUTRAL = [122, 114, 98]

const mix = (a: number[], b: number[], t: number) => a.map((v, i) => Math.round(v + (b[i] - v) * t))

/** Green for support, red for opposition, grey in between, by the net stance. */
export function stanceColor(tally: StanceTally): string {
  const target = tally.net >= 0 ? SUPPORTS : OPPOSES
  const [r, g, b] = mix(NEUTRAL, target, Math.abs(tally.net))
  return `rgb(${r}, ${g}, ${b})`
}

export const STANCE_COLORS = {
  supports: 'rgb(22, 121, 74)',
  opposes: 'rgb(180, 35, 35)',
  neutral: 'rgb(150, 110, 10)',
  none: 'rgb(130, 136, 150)',
}
