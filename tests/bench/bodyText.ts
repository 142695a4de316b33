import type { DocJSON } from '../../src-main/shared/model'

/**
 * What a naive store does without our document code: walks the body's JSON, joining text
 * blocks by a blank line and gathering the words under each statement mark.
 */
export function bodyText(body: DocJSON): { text: string; quotes: Map<string, string> } {
  const blocks: string[] = []
  const quotes = new Map<string, string>()
  const visit = (node: DocJSON) => {
    const children = node.content ?? []
    if (children.some((child) => child.type === 'text' || child.type === 'hardBreak')) {
      let text = ''
      for (const child of children) {
        const piece = child.type === 'text' ? (child.text ?? '') : '\n'
        text += piece
        for (const mark of child.marks ?? []) {
          const id = mark.type === 'statement' ? (mark.attrs?.id as string | undefined) : undefined
          if (id) quotes.set(id, (quotes.get(id) ?? '') + piece)
        }
      }
      blocks.push(text)
    } else {
      children.forEach(visit)
    }
  }
  visit(body)
  return { text: blocks.join('\n\n'), quotes }
}

/** A passage of the text around the first of the words, as a search hit shows it. */
export function naiveSnippet(text: string, words: string[]): string {
  const lower = text.toLowerCase()
  const at = Math.max(0, Math.min(...words.map((w) => lower.indexOf(w)).filter((i) => i >= 0)))
  return text.slice(Math.max(0, at - 60), at + 100)
}
