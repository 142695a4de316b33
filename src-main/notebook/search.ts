import { docFromJSON } from '../shared/document'
import type { Article } from '../shared/model'
import { plainText } from '../shared/plainText'
import { foldName } from './matchName'

const SNIPPET_CONTEXT = 60

/** A snippet of the article around the first place the words appear, or undefined when they do not. */
export function searchArticle(article: Article, query: string): string | undefined {
  const words = foldName(query).split(' ').filter(Boolean)
  if (words.length === 0) return undefined
  const fields = [
    article.meta.title,
    plainText(docFromJSON(article.body)).text,
    plainText(docFromJSON(article.notes)).text,
  ]
  const haystack = fields.join('\n\n')
  const folded = fold(haystack)
  if (!words.every((word) => folded.includes(word))) return undefined
  const at = folded.indexOf(words[0])
  const start = Math.max(0, at - SNIPPET_CONTEXT)
  const end = Math.min(haystack.length, at + words[0].length + SNIPPET_CONTEXT)
  const snippet = haystack.slice(start, end).replace(/\s+/g, ' ').trim()
  return `${start > 0 ? '…' : ''}${snippet}${end < haystack.length ? '…' : ''}`
}

/** Folds case and diacritics but keeps every character in place, so offsets stay valid. */
function fold(text: string): string {
  return Array.from(text, (char) => {
    const folded = foldName(char)
    return folded.length === char.length ? folded : char.toLowerCase()
  }).join('')
}
