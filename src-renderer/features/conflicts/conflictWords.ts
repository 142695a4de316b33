import type { ArticleConflict, DocJSON } from '../../../src-main/shared/model'
import type { ConflictChoice } from '../../../src-main/shared/sync'

/** The names of the article's fields as the analyst knows them. */
const FIELD_LABELS: Record<string, string> = {
  'meta.title': 'Title',
  'meta.source': 'Source',
  'meta.url': 'Address (URL)',
  'meta.published': 'Published',
  'meta.accessed': 'Accessed',
  'meta.language': 'Language',
  notes: 'Notes',
}

export const fieldLabel = (field: string) => FIELD_LABELS[field] ?? field

/** How a conflict is named when settling it. */
export function choiceOf(conflict: ArticleConflict, take: ConflictChoice['take']): ConflictChoice {
  const key =
    conflict.kind === 'statement'
      ? conflict.statementId
      : conflict.kind === 'field'
        ? conflict.field
        : conflict.copyId
  return { kind: conflict.kind, key, take }
}

/** The words of a document, its paragraphs apart. */
export function docText(doc: DocJSON | undefined): string {
  if (!doc) return ''
  if (doc.text !== undefined) return doc.text
  const parts = (doc.content ?? []).map(docText)
  return doc.type === 'doc' ? parts.filter(Boolean).join('\n') : parts.join('')
}

/** The words a statement's marks cover in a body, runs apart joined by a space. */
export function quoteIn(body: DocJSON, statementId: string): string {
  const runs: string[] = []
  let open = false
  const walk = (node: DocJSON) => {
    if (node.text !== undefined) {
      const marked = node.marks?.some(
        (mark) => mark.type === 'statement' && mark.attrs?.id === statementId,
      )
      if (marked && open) runs[runs.length - 1] += node.text
      else if (marked) runs.push(node.text)
      open = !!marked
      return
    }
    open = false
    node.content?.forEach(walk)
  }
  walk(body)
  return runs.join(' ')
}

/** A value as it is shown beside the other: a field's text, or "(empty)". */
export function shownValue(field: string, value: unknown): string {
  const text =
    field === 'notes' ? docText(value as DocJSON) : typeof value === 'string' ? value : ''
  return text.trim() || '(empty)'
}

export const when = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
