import type { Anchor } from '../../shared/contract'
import { StancemarkError } from '../../shared/errors'

/** Where an anchor lands in the article's plain text, as [start, end) offsets. */
export function resolveAnchor(text: string, anchor: Anchor): { start: number; end: number } {
  if ('start' in anchor) {
    if (anchor.end <= anchor.start || anchor.end > text.length) {
      throw new StancemarkError(
        'invalid',
        `The range ${anchor.start}–${anchor.end} is outside the article's text (${text.length} characters).`,
      )
    }
    return { start: anchor.start, end: anchor.end }
  }
  const { exact, prefix = '', suffix = '' } = anchor
  const candidates: { start: number; score: number }[] = []
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    candidates.push({ start: at, score: contextScore(text, at, exact.length, prefix, suffix) })
  }
  if (candidates.length === 0) {
    throw new StancemarkError(
      'not-found',
      `The quote “${shorten(exact)}” is not in the article's text.`,
    )
  }
  candidates.sort((a, b) => b.score - a.score)
  if (candidates.length > 1 && candidates[0].score === candidates[1].score) {
    throw new StancemarkError(
      'invalid',
      `The quote “${shorten(exact)}” appears ${candidates.length} times; add a prefix or suffix to say which one.`,
    )
  }
  return { start: candidates[0].start, end: candidates[0].start + exact.length }
}

/** How many characters of prefix and suffix agree with the text around a match. */
export function contextScore(
  text: string,
  at: number,
  length: number,
  prefix: string,
  suffix: string,
): number {
  let score = 0
  while (score < prefix.length && text[at - 1 - score] === prefix[prefix.length - 1 - score])
    score++
  let after = 0
  while (after < suffix.length && text[at + length + after] === suffix[after]) after++
  return score + after
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}
