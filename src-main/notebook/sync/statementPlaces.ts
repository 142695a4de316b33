import DiffMatchPatch from 'diff-match-patch'
import { Transform } from '@tiptap/pm/transform'
import { docFromJSON, documentSchema } from '../../shared/document'
import type { DocJSON } from '../../shared/model'
import { plainText, posToOffset } from '../../shared/plainText'
import { markStatements, type StatementPlace } from '../statements/statementMarks'

/** A stretch of the plain text, [start, end). */
export interface Stretch {
  start: number
  end: number
}

/** An article's text apart from its statement marks, and where each statement's marks are. */
export interface MarkedText {
  /** The body without statement marks, as JSON a comparison can trust. */
  text: DocJSON
  plain: string
  /** Each statement's marked stretches in reading order; overlapping marks are allowed. */
  marks: Map<string, Stretch[]>
}

/** Reads a body into its text and its statements' marks. */
export function markedText(body: DocJSON): MarkedText {
  const doc = docFromJSON(body)
  const plain = plainText(doc)
  const marks = new Map<string, Stretch[]>()
  doc.descendants((node, pos) => {
    if (!node.isText) return true
    for (const mark of node.marks) {
      if (mark.type.name !== 'statement' || typeof mark.attrs.id !== 'string') continue
      const start = posToOffset(plain, pos)
      const end = posToOffset(plain, pos + node.nodeSize)
      const stretches = marks.get(mark.attrs.id) ?? []
      const last = stretches.at(-1)
      if (last && last.end === start) last.end = end
      else stretches.push({ start, end })
      marks.set(mark.attrs.id, stretches)
    }
    return false
  })
  const transform = new Transform(doc)
  transform.removeMark(0, doc.content.size, documentSchema().marks.statement)
  return { text: transform.doc.toJSON() as DocJSON, plain: plain.text, marks }
}

/** The words a statement's marks cover, joined by a space where they are apart. */
export function quoteOf(text: MarkedText, id: string): string {
  return (text.marks.get(id) ?? []).map(({ start, end }) => text.plain.slice(start, end)).join(' ')
}

/**
 * Stretches of one text moved onto another: each lands where the same words are, found by a
 * character diff. A stretch whose words changed, or that a change falls inside, cannot move.
 */
export function moveStretches(
  from: string,
  to: string,
  stretches: readonly Stretch[],
): Stretch[] | undefined {
  if (from === to) return stretches.map((s) => ({ ...s }))
  const dmp = new DiffMatchPatch()
  // No time limit: the same texts must always give the same diff.
  dmp.Diff_Timeout = 0
  const diffs = dmp.diff_main(from, to)
  // Unchanged runs as [fromStart, fromEnd, toStart].
  const kept: [number, number, number][] = []
  let a = 0
  let b = 0
  for (const [op, words] of diffs) {
    if (op === 0) kept.push([a, a + words.length, b])
    if (op !== 1) a += words.length
    if (op !== -1) b += words.length
  }
  const moved: Stretch[] = []
  for (const { start, end } of stretches) {
    const run = kept.find(([s, e]) => s <= start && end <= e)
    if (!run) return undefined
    moved.push({ start: start - run[0] + run[2], end: end - run[0] + run[2] })
  }
  return moved
}

/** A text with the given statements marked on it. */
export function markText(text: DocJSON, marks: ReadonlyMap<string, readonly Stretch[]>): DocJSON {
  const places: StatementPlace[] = []
  for (const [id, stretches] of [...marks].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    for (const { start, end } of stretches) places.push({ id, start, end })
  return places.length === 0 ? text : markStatements(text, places)
}
