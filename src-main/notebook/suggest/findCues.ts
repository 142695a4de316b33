import type { CueSite, Sentence } from './finding'
import { nameColonAt } from './nameColon'
import { isReportingVerb } from './reportingVerbs'

/** The reporting cues of a sentence outside its quotations, in reading order. */
export function findCues(sentence: Sentence): CueSite[] {
  const { tokens } = sentence
  const cues: CueSite[] = []
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    if (token.lower === 'according' && tokens[i + 1]?.lower === 'to' && !token.inQuote) {
      cues.push({ index: i, end: i + 2, cue: 'according to' })
      i++
    } else if (token.lower === 'pointed' && tokens[i + 1]?.lower === 'out' && !token.inQuote) {
      cues.push({ index: i, end: i + 2, cue: 'pointed out' })
      i++
    } else if (token.text === 'Asked' && !token.inQuote) {
      // "Asked whether …, Roth said": the question opens the sentence.
      cues.push({ index: i, end: i + 1, cue: 'asked' })
    } else if (isReportingVerb(tokens, i)) {
      cues.push({ index: i, end: i + 1, cue: token.lower })
    }
  }
  const colon = nameColonAt(tokens)
  if (colon !== undefined) cues.unshift({ index: colon, end: colon + 1, cue: ':' })
  return cues
}
