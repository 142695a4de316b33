import type { Token } from './finding'

const MAX_DATELINE_TOKENS = 8

/** Where a dateline ("TARSK, Kelvara —") ends: its words name a place, never a speaker. */
export function datelineEnd(tokens: readonly Token[]): number {
  for (let i = 0; i < Math.min(tokens.length, MAX_DATELINE_TOKENS); i++) {
    if (/^[—–]$/.test(tokens[i].text)) return /^\p{Lu}{2,}$/u.test(tokens[0].text) ? i + 1 : 0
    if (!/^\p{Lu}/u.test(tokens[i].text) && tokens[i].text !== ',') return 0
  }
  return 0
}
