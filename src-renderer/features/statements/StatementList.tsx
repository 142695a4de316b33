import type { Position, Speaker, Statement } from '../../../src-main/shared/model'
import type { StatementSpan } from '../../../src-main/shared/statementSpans'
import { stanceLabel } from './stances'

interface StatementListProps {
  spans: StatementSpan[]
  statements: Record<string, Statement>
  speakers: Speaker[]
  positions: Position[]
  selectedId?: string
  onSelect: (id: string) => void
}

const UNATTRIBUTED = ''

/** This article's statements grouped by speaker, in reading order. */
export function StatementList({
  spans,
  statements,
  speakers,
  positions,
  selectedId,
  onSelect,
}: StatementListProps) {
  const speakerName = new Map(speakers.map((s) => [s.id, s.name]))
  const positionLabel = new Map(positions.map((p) => [p.id, p.label]))
  const groups = new Map<string, StatementSpan[]>()
  for (const span of spans) {
    const statement = statements[span.id]
    if (!statement) continue
    const key = statement.speakerId ?? UNATTRIBUTED
    groups.set(key, [...(groups.get(key) ?? []), span])
  }

  if (groups.size === 0) {
    return (
      <p className="empty-hint">
        No statements yet. Select the words someone said and press <kbd>M</kbd> or <kbd>Ctrl</kbd>+
        <kbd>Shift</kbd>+<kbd>S</kbd>.
      </p>
    )
  }

  return (
    <div className="statement-groups">
      {[...groups].map(([speakerId, group]) => {
        const name = speakerName.get(speakerId) ?? 'Speaker not set'
        return (
          <section key={speakerId} className="statement-group" aria-label={name}>
            <h3>
              {name} <span className="count">{group.length}</span>
            </h3>
            <ul>
              {group.map((span) => {
                const statement = statements[span.id]
                return (
                  <li key={span.id}>
                    <button
                      type="button"
                      className={`statement-item stance-${statement.stance ?? 'none'}${span.id === selectedId ? ' is-selected' : ''}`}
                      aria-pressed={span.id === selectedId}
                      onClick={() => onSelect(span.id)}
                    >
                      <span className="statement-item-quote">{span.quote}</span>
                      <span className="statement-item-meta">
                        <span className="position">
                          {statement.positionId
                            ? positionLabel.get(statement.positionId)
                            : 'No position'}
                        </span>
                        <span className={`stance-badge stance-${statement.stance ?? 'none'}`}>
                          {stanceLabel(statement.stance)}
                        </span>
                      </span>
                    </button>
                  </li>
                )
              })}
            </ul>
          </section>
        )
      })}
    </div>
  )
}
