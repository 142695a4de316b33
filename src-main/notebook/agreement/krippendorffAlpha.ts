/** Krippendorff's levels of measurement: how far apart two values are. */
export type Level = 'nominal' | 'ordinal' | 'interval' | 'ratio'

/**
 * One unit's values, one per coder who coded it (a coder who did not is left out). Values are
 * category names for `nominal` and numbers (or ranks) for the other levels.
 */
export type UnitValues<T> = readonly T[]

export interface Alpha {
  /** α, or null where there is nothing to disagree about (fewer than two pairable values, or one value only). */
  alpha: number | null
  /** How many units had two or more values (pairable). */
  units: number
  /** How many values those units hold. */
  values: number
  /** Observed share of pairs of values within a unit that agree (percent agreement). */
  percentAgreement: number | null
}

/**
 * Krippendorff's α over reliability data, by the coincidence matrix (Krippendorff 2011,
 * *Computing Krippendorff's Alpha-Reliability*): units coded by fewer than two coders count for nothing.
 */
export function krippendorffAlpha<T extends string | number>(
  units: readonly UnitValues<T>[],
  level: Level,
): Alpha {
  const pairable = units.filter((values) => values.length >= 2)
  const categories = [...new Set(pairable.flat())]
  if (level !== 'nominal') categories.sort((a, b) => Number(a) - Number(b))
  const index = new Map(categories.map((value, i) => [value, i]))
  const size = categories.length
  const coincidences = Array.from({ length: size }, () => new Float64Array(size))
  let agreeingPairs = 0
  let pairs = 0
  for (const values of pairable) {
    const weight = 1 / (values.length - 1)
    for (let a = 0; a < values.length; a++)
      for (let b = 0; b < values.length; b++) {
        if (a === b) continue
        coincidences[index.get(values[a])!][index.get(values[b])!] += weight
        pairs++
        if (values[a] === values[b]) agreeingPairs++
      }
  }
  const totals = coincidences.map((row) => row.reduce((sum, count) => sum + count, 0))
  const n = totals.reduce((sum, count) => sum + count, 0)
  const distance = squaredDistance(level, categories, totals)
  let observed = 0
  let expected = 0
  for (let c = 0; c < size; c++)
    for (let k = 0; k < size; k++) {
      const d = distance(c, k)
      observed += coincidences[c][k] * d
      expected += totals[c] * totals[k] * d
    }
  return {
    alpha: expected === 0 ? null : 1 - ((n - 1) * observed) / expected,
    units: pairable.length,
    values: Math.round(n),
    percentAgreement: pairs === 0 ? null : agreeingPairs / pairs,
  }
}

/** δ² between the c-th and k-th category (sorted for ordered levels). */
function squaredDistance<T extends string | number>(
  level: Level,
  categories: readonly T[],
  totals: readonly number[],
): (c: number, k: number) => number {
  const value = (i: number) => Number(categories[i])
  switch (level) {
    case 'nominal':
      return (c, k) => (c === k ? 0 : 1)
    case 'interval':
      return (c, k) => (value(c) - value(k)) ** 2
    case 'ratio':
      return (c, k) => {
        const sum = value(c) + value(k)
        return sum === 0 ? 0 : ((value(c) - value(k)) / sum) ** 2
      }
    case 'ordinal':
      // Ranks by how many values lie between: the marginal totals from c to k, less half of each end.
      return (c, k) => {
        const [low, high] = c <= k ? [c, k] : [k, c]
        let between = 0
        for (let g = low; g <= high; g++) between += totals[g]
        return (between - (totals[c] + totals[k]) / 2) ** 2
      }
  }
}
