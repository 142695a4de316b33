import type { StatementRow } from '../shared/contract'
import { docFromJSON } from '../shared/document'
import type { Article } from '../shared/model'
import { statementSpans } from '../shared/statementSpans'
import type { Catalog } from './catalog'

/** One row per statement of the article: its quote and offsets derived from the body, names from the registry. */
export function statementRows(article: Article, catalog: Catalog): StatementRow[] {
  return statementSpans(docFromJSON(article.body)).flatMap((span) => {
    const statement = article.statements[span.id]
    if (!statement) return []
    const speaker = statement.speakerId ? catalog.speakers[statement.speakerId] : undefined
    const position = statement.positionId ? catalog.positions[statement.positionId] : undefined
    return [
      {
        statementId: statement.id,
        articleId: article.id,
        title: article.meta.title,
        source: article.meta.source,
        published: article.meta.published,
        speaker: speaker && { id: speaker.id, name: speaker.name, kind: speaker.kind },
        position: position && { id: position.id, label: position.label },
        stance: statement.stance,
        tags: statement.tags,
        note: statement.note,
        quote: span.quote,
        start: span.start,
        end: span.end,
      },
    ]
  })
}
