import type { DocJSON } from '../../../src-main/shared/model'

/** What the editors hand over at save time, read then rather than copied on every key press. */
export interface EditorContent {
  body: () => { json: DocJSON; statementIds: string[] }
  /** None before the notes are shown (so not changed either). */
  notes: () => DocJSON | undefined
}

/** The editors' content as it is now, for a save that runs once they are gone. */
export function contentNow(content: EditorContent): EditorContent {
  const body = content.body()
  const notes = content.notes()
  return { body: () => body, notes: () => notes }
}
