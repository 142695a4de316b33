import { docFromJSON } from '../../shared/document'
import type { Article, Position, Speaker, Statement } from '../../shared/model'
import { statementSpans } from '../../shared/statementSpans'
import type { Registry } from './articleToMarkdown'

/** A statement of the article with its quote and its speaker and position looked up. */
export interface CodedStatement {
  statement: Statement
  quote: string
  /** Its Obsidian block id (without `^`), unique in the article. */
  blockId: string
  /** The index of the text's top-level block its words end in. */
  block: number
  speaker?: Speaker
  position?: Position
}

/**
 * The article's statements in reading order. A statement record without a mark in the text has
 * no quote and is left out; a speaker or position missing from the registry counts as none.
 */
export function codedStatements(article: Article, registry: Registry): CodedStatement[] {
  const coded: CodedStatement[] = []
  const blockIds = new Set<string>()
  const doc = docFromJSON(article.body)
  const blockEnds: number[] = []
  doc.forEach((node, offset) => void blockEnds.push(offset + node.nodeSize))
  for (const span of statementSpans(doc)) {
    const statement = article.statements[span.id]
    if (!statement) continue
    coded.push({
      statement,
      quote: span.quote,
      blockId: uniqueBlockId(`s-${statement.id}`, blockIds),
      block: blockEnding(blockEnds, span.to),
      speaker: statement.speakerId ? registry.speakers.get(statement.speakerId) : undefined,
      position: statement.positionId ? registry.positions.get(statement.positionId) : undefined,
    })
  }
  return coded
}

/** The index of the block whose end (of `ends`, ascending) is the first at or after `to`. */
function blockEnding(ends: readonly number[], to: number): number {
  let low = 0
  let high = ends.length - 1
  while (low < high) {
    const middle = (low + high) >> 1
    if (ends[middle] >= to) high = middle
    else low = middle + 1
  }
  return low
}

/** Obsidian block ids take letters, digits and `-` only: an `_` of a statement id becomes `-`. */
function uniqueBlockId(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[^A-Za-z0-9-]/g, '-')
  let blockId = base
  for (let n = 2; taken.has(blockId); n++) blockId = `${base}-${n}`
  taken.add(blockId)
  return blockId
}
