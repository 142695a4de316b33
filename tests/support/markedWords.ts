import { docFromJSON } from '../../src-main/shared/document'
import type { DocJSON } from '../../src-main/shared/model'
import { plainText } from '../../src-main/shared/plainText'
import { statementSpans } from '../../src-main/shared/statementSpans'

/** Each statement's marked words in a body, as a reader sees them: id → quote. */
export function markedWords(body: DocJSON): Record<string, string> {
  const doc = docFromJSON(body)
  return Object.fromEntries(statementSpans(doc, plainText(doc)).map((s) => [s.id, s.quote]))
}

/** A body's plain text. */
export function textOf(body: DocJSON): string {
  return plainText(docFromJSON(body)).text
}
