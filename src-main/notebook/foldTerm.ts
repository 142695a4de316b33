/** Characters that case folding alone handles; anything else may carry an accent to drop. */
const PLAIN = /^[\t\n\r\u0020-\u007e]*$/

/** A word as search compares it: lower case, accents dropped ("Zelenskyy" → "zelenskyy", "É" → "e"). */
export function foldTerm(term: string): string {
  const lower = term.toLowerCase()
  // Decomposing is the slow part of indexing: most words of most archives do not need it.
  return PLAIN.test(lower) ? lower : lower.normalize('NFKD').replace(/\p{M}/gu, '')
}
