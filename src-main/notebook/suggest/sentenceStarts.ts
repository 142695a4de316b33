import nlp from 'compromise'
import { reportingVerbs } from './reportingVerbs'

/** A quotation that ends in a question or an exclamation, its attribution next: `?" Berg asked.` */
const QUESTION_BEFORE = /[?!][”"]\s*$/u
const FULL_STOP_BEFORE = /[.][”"]\s*$/u
const ATTRIBUTION_NEXT = /^(?:[\p{Lu}][\p{L}.'’-]*\s+){1,4}(\p{Ll}+)/u

function attributionGoesOn(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 4), at)
  const question = QUESTION_BEFORE.test(before)
  if (!question && !FULL_STOP_BEFORE.test(before)) return false
  const next = ATTRIBUTION_NEXT.exec(text.slice(at, at + 80))
  if (!next || !reportingVerbs.has(next[1])) return false
  // After a full stop only a bare attribution belongs to the quotation: `.” Berg said.`
  return question || text[at + next[0].length] === '.'
}

/** A sentence that ends inside a quotation and goes on after it: `… overdue." “We …` */
const AFTER_QUOTED_END = /[.?!][”"]\s+(?=[“"]?\p{Lu})/gu

/**
 * Where the text's sentences start: compromise's splitter (which knows "Gen." and "U.S."), run
 * once over the whole text, plus the breaks it misses after a quotation's closing mark.
 */
export function sentenceStarts(text: string): number[] {
  const starts = new Set<number>()
  let offset = 0
  for (const terms of nlp.tokenize(text).document) {
    starts.add(offset)
    for (const term of terms) offset += term.pre.length + term.text.length + term.post.length
  }
  for (const match of text.matchAll(AFTER_QUOTED_END)) starts.add(match.index + match[0].length)
  return [...starts].filter((at) => !attributionGoesOn(text, at)).sort((a, b) => a - b)
}
