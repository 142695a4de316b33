import { SeededRandom as Generator } from '../../../scripts/generate/seededRandom'

/** The archive generator's seeded chance (mulberry32): the same seed gives the same run, so a failure replays. */
export interface SeededRandom {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [0, n). */
  int(n: number): number
  /** True with probability p. */
  chance(p: number): boolean
  pick<T>(items: readonly T[]): T
}

export function seededRandom(seed: number): SeededRandom {
  const random = new Generator(seed)
  return {
    next: () => random.next(),
    int: (n) => random.int(0, n - 1),
    chance: (p) => random.chance(p),
    pick: (items) => random.pick(items),
  }
}
