/** A coefficient to three decimals, as methods sections report it; a dash where there is nothing to measure. */
export const coefficient = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : value.toFixed(3)

/** A share as a whole percent. */
export const percent = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : `${Math.round(value * 100)} %`
