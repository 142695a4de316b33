import type { StatementRow } from '../../shared/contract'
import type { Catalog } from '../storage/catalog'
import type { MatchedStatement } from './matchStatements'

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
    // Filled in from the registry's coders in the next step.
    coder: { id: '', name: '' },
    quote: statement.quote,
    start: statement.start,
    end: statement.end,
    ...(summary.sample && { sample: true as const }),
  }
}
