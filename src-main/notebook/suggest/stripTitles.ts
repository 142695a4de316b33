import type { Token } from './finding'
import { speakerWords } from './speakerWords'

/**
 * A person's name without the title before it: "Prime Minister Ilse Varga" → "Ilse Varga", and
 * "Fisheries Minister Oskar Lind" → "Oskar Lind" (whatever portfolio comes before the title).
 */
export function stripTitles(tokens: readonly Token[]): { name: Token[]; titles: string[] } {
  const words = tokens.filter((t) => t.text !== '.')
  const bare = (t: Token) => t.lower.replace(/\.$/, '')
  let i = 0
  // "Army Lt. Gen. Karl Lind", "Harbour Gov. Ada Roth": an abbreviated title ends one too.
  const abbreviated = (t: Token) =>
    speakerWords.title.has(bare(t)) && tokens[tokens.indexOf(t) + 1]?.text === '.'
  for (let k = 0; k < words.length - 1; k++)
    if (speakerWords.coreTitle.has(bare(words[k])) || abbreviated(words[k])) i = k + 1
  while (i < words.length - 1 && speakerWords.title.has(bare(words[i]))) i++
  return { name: words.slice(i), titles: words.slice(0, i).map((t) => t.lower) }
}
