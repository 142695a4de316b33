import type { Token } from './finding'
import { isCapitalised } from './nameRuns'

/** The full stop of "Mr." or "Gov." before a name: part of the name, not the sentence's end. */
export function isAbbreviationDot(tokens: readonly Token[], i: number): boolean {
  return (
    tokens[i]?.text === '.' &&
    /^\p{Lu}[\p{Ll}]{0,3}$/u.test(tokens[i - 1]?.text ?? '') &&
    isCapitalised(tokens[i + 1])
  )
}
