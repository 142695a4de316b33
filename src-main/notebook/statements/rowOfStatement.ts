import type { StatementRow } from '../../shared/contract'
import type { Catalog } from '../storage/catalog'
import type { MatchedStatement } from './matchStatements'
import { coderOf } from '../registry/coders'

/** A matched statement as the explorer shows it, names taken from the registry as they are now. */
export function rowOfStatement(
  { summary, statement }: MatchedStatement,
  catalog: Catalog,
): StatementRow {
  const speaker = statement.speakerId ? catalog.speakers[statement.speakerId] : undefined
  const position = statement.positionId ? catalog.positions[statement.positionId] : undefined
  return {
    statementId: statement.id,
    articleId: summary.id,
    title: summary.title,
    source: summary.source,
    published: summary.published,
    speaker: speaker && { id: speaker.id, name: speaker.name, kind: speaker.kind },
    position: position && { id: position.id, label: position.label },
    stance: statement.stance,
    tags: statement.tags,
    note: statement.note,
    cue: statement.cue,
    mode: statement.mode,
    coder: rowCoder(statement.coderId, catalog),
    ...(statement.consensus && { consensus: true as const }),
    quote: statement.quote,
    start: statement.start,
    end: statement.end,
    ...(summary.sample && { sample: true as const }),
  }
}

/** A statement's coder by name (an unknown id, should one remain, shown as it is). */
function rowCoder(coderId: string | undefined, catalog: Catalog): StatementRow['coder'] {
  const coder = coderOf(coderId, catalog)
  return coder ? { id: coder.id, name: coder.name } : { id: coderId ?? '', name: coderId ?? '' }
}
