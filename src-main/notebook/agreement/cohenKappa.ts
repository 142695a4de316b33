export interface Kappa {
  /** κ, or null where chance alone would give full agreement (one category used throughout). */
  kappa: number | null
  observed: number | null
  expected: number | null
  /** How many units both coders coded. */
  units: number
}

/** Cohen's κ (1960) for two coders over the units both coded: `pairs` holds [first's, second's] value. */
export function cohenKappa<T extends string | number>(pairs: readonly (readonly [T, T])[]): Kappa {
  const n = pairs.length
  if (n === 0) return { kappa: null, observed: null, expected: null, units: 0 }
  const first = new Map<T, number>()
  const second = new Map<T, number>()
  let agreeing = 0
  for (const [a, b] of pairs) {
    first.set(a, (first.get(a) ?? 0) + 1)
    second.set(b, (second.get(b) ?? 0) + 1)
    if (a === b) agreeing++
  }
  const observed = agreeing / n
  let expected = 0
  for (const [value, count] of first) expected += (count / n) * ((second.get(value) ?? 0) / n)
  return {
    kappa: expected === 1 ? null : (observed - expected) / (1 - expected),
    observed,
    expected,
    units: n,
  }
}
