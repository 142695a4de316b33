import type { Token } from './finding'
import { isCapitalised } from './nameRuns'

/**
 * The full stop of "Mr.", "Capt.", "B." or "J.M." before a name: part of the name, not the
 * sentence's end.
 */
export function isAbbreviationDot(tokens: readonly Token[], i: number): boolean {
  return (
    tokens[i]?.text === '.' &&
    /^\p{Lu}(\p{Ll}{0,3}|(\.\p{Lu})+)$/u.test(tokens[i - 1]?.text ?? '') &&
    isCapitalised(tokens[i + 1])
  )
}
