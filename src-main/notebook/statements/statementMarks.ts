import { Transform } from '@tiptap/pm/transform'
import { docFromJSON, documentSchema } from '../../shared/document'
import { StancemarkError } from '../../shared/errors'
import type { DocJSON, Statement } from '../../shared/model'
import { offsetToPos, plainText } from '../../shared/plainText'
import { statementSpans } from '../../shared/statementSpans'

/** Where a statement's mark goes: [start, end) of the body's plain text. */
export interface StatementPlace {
  start: number
  end: number
  id: string
}

/** The body with a statement mark over each place, the document read and written once for all. */
export function markStatements(body: DocJSON, places: readonly StatementPlace[]): DocJSON {
  const doc = docFromJSON(body)
  const plain = plainText(doc)
  const transform = new Transform(doc)
  const type = documentSchema().marks.statement
  // A mark changes no position, so every place is found in the text as it was.
  for (const { start, end, id } of places)
    transform.addMark(
      offsetToPos(plain, start, 'start'),
      offsetToPos(plain, end, 'end'),
      type.create({ id }),
    )
  return transform.doc.toJSON() as DocJSON
}

/** The body with a statement mark over [start, end) of its plain text. */
export function markStatement(body: DocJSON, start: number, end: number, id: string): DocJSON {
  return markStatements(body, [{ start, end, id }])
}

/** The body with every mark of one statement removed. */
export function unmarkStatement(body: DocJSON, id: string): DocJSON {
  return unmarkStatements(body, new Set([id]))
}

/** The body with every mark of these statements removed. */
export function unmarkStatements(body: DocJSON, ids: ReadonlySet<string>): DocJSON {
  const doc = docFromJSON(body)
  const transform = new Transform(doc)
  const type = documentSchema().marks.statement
  doc.descendants((node, pos) => {
    for (const mark of node.marks)
      if (mark.type === type && ids.has(mark.attrs.id as string))
        transform.removeMark(pos, pos + node.nodeSize, mark)
  })
  return transform.doc.toJSON() as DocJSON
}

/**
 * Checks that a body and its statements agree: every mark names a statement. Statements whose marks
 * are gone (unmarked, or undone) are dropped, so the record never points at nothing.
 */
export function reconcileStatements(
  body: DocJSON,
  statements: Record<string, Statement>,
): Record<string, Statement> {
  let doc
  try {
    doc = docFromJSON(body)
  } catch {
    throw new StancemarkError('invalid', 'The article text is not a document Stancemark can store.')
  }
  const kept: Record<string, Statement> = {}
  for (const span of statementSpans(doc)) {
    const statement = statements[span.id]
    if (!statement)
      throw new StancemarkError('invalid', 'The text marks a statement that has no record.')
    kept[span.id] = statement
  }
  return kept
}
