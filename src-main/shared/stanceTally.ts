import type { Stance } from './model'

/** How many statements lean each way; `net` runs from -1 (all oppose) to 1 (all support). */
export interface StanceTally {
  supports: number
  opposes: number
  neutral: number
  none: number
  total: number
  net: number
  /** Both supports and opposes: a speaker contradicting themselves, or a split. */
  contradiction: boolean
}

export function emptyTally(): StanceTally {
  return { supports: 0, opposes: 0, neutral: 0, none: 0, total: 0, net: 0, contradiction: false }
}

export function addToTally(tally: StanceTally, stance: Stance | undefined): void {
  tally[stance ?? 'none']++
  tally.total++
  tally.net = (tally.supports - tally.opposes) / tally.total
  tally.contradiction = tally.supports > 0 && tally.opposes > 0
}
