import type { Catalog } from '../storage/catalog'
import { eachMatched, type MatchedArticle } from '../statements/matchStatements'
import { positionPath } from './positionPath'
import { stringifyCsv } from './stringifyCsv'
import { coderOf } from '../registry/coders'

/** The columns, in order, as a researcher expects them in pandas or R. */
export const STATEMENT_COLUMNS = [
  ...['statement_id', 'article_id', 'title', 'source', 'published', 'speaker', 'speaker_kind'],
  ...['organisation', 'position', 'position_path', 'stance', 'tags', 'note', 'quote', 'start'],
  ...['end', 'cue', 'mode', 'coder'],
] as const

export interface StatementCsvOptions {
  /** Starts the file with a byte-order mark, so that Excel reads it as UTF-8. */
  excel?: boolean
  /** Cells as written, without the apostrophe that keeps a spreadsheet from running a formula. */
  rawText?: boolean
}

/**
 * One row per statement (see `stringifyCsv`); names as the registry has them now, empty cells for
 * what is not coded.
 */
export function statementsCsv(
  matched: readonly MatchedArticle[],
  catalog: Catalog,
  options: StatementCsvOptions = {},
): string {
  const rows: string[][] = [[...STATEMENT_COLUMNS]]
  for (const { summary, statement } of eachMatched(matched)) {
    const speaker = statement.speakerId ? catalog.speakers[statement.speakerId] : undefined
    const organisation = speaker?.affiliationId
      ? catalog.speakers[speaker.affiliationId]
      : undefined
    const position = statement.positionId ? catalog.positions[statement.positionId] : undefined
    rows.push([
      statement.id,
      summary.id,
      summary.title,
      summary.source,
      summary.published,
      speaker?.name ?? '',
      speaker?.kind ?? '',
      organisation?.name ?? '',
      position?.label ?? '',
      position ? positionPath(catalog.positions, position.id) : '',
      statement.stance ?? '',
      statement.tags.join('; '),
      statement.note,
      statement.quote,
      String(statement.start),
      String(statement.end),
      statement.cue ?? '',
      statement.mode ?? '',
      coderOf(statement.coderId, catalog)?.name ?? '',
    ])
  }
  return stringifyCsv(rows, { bom: options.excel, rawText: options.rawText })
}
