import { memo, type MouseEvent } from 'react'
import type { Position, Speaker, Stance, Statement } from '../../../src-main/shared/model'
import type { StatementSpan } from '../../../src-main/shared/statementSpans'
import { stanceLabel } from './stances'

interface StatementListProps {
  spans: StatementSpan[]
  statements: Record<string, Statement>
  speakers: Speaker[]
  positions: Position[]
  selectedId?: string
  /** Opens a statement; `byKey` when pressed from the keyboard, to go on coding in its form. */
  onSelect: (id: string, byKey: boolean) => void
}

const UNATTRIBUTED = ''

/** About how tall a group of this many statements is drawn, until the browser has drawn it once (tags aside). */
const groupHeightEstimate = (statements: number) => 20 + 63 * statements

interface StatementItemProps {
  id: string
  quote: string
  stance?: Stance
  position: string
  tags: string[]
  selected: boolean
}

/** One statement in the list; drawn again only when what it shows changes (an article may have a thousand). */
const StatementItem = memo(function StatementItem({
  id,
  quote,
  stance,
  position,
  tags,
  selected,
}: StatementItemProps) {
  return (
    <li>
      <button
        type="button"
        className={`statement-item stance-${stance ?? 'none'}${selected ? ' is-selected' : ''}`}
        aria-pressed={selected}
        data-statement-id={id}
      >
        <span className="statement-item-quote">{quote}</span>
        <span className="statement-item-meta">
          <span className="position">{position}</span>
          <span className={`stance-badge stance-${stance ?? 'none'}`}>{stanceLabel(stance)}</span>
        </span>
        {tags.length > 0 && (
          <span className="statement-item-tags">
            <span className="visually-hidden">Tags: </span>
            {tags.map((tag, index) => (
              <span key={tag} className="tag-chip">
                {tag}
                {index < tags.length - 1 && <span className="visually-hidden">, </span>}
              </span>
            ))}
          </span>
        )}
      </button>
    </li>
  )
})

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
    const group = groups.get(key)
    if (group) group.push(span)
    else groups.set(key, [span])
  }

  if (groups.size === 0) {
    return (
      <p className="empty-hint">
        No statements yet. Select the words someone said and press <kbd>M</kbd> or <kbd>Ctrl</kbd>+
        <kbd>Shift</kbd>+<kbd>S</kbd>.
      </p>
    )
  }

  // One handler for every item, so an item's props stay the same from one render to the next.
  const select = (event: MouseEvent) => {
    const item = (event.target as Element).closest('[data-statement-id]')
    const id = item?.getAttribute('data-statement-id')
    // A button pressed with Enter or Space clicks with no pointer: a detail of 0.
    if (id) onSelect(id, event.detail === 0)
  }

  return (
    <div className="statement-groups" onClick={select}>
      {[...groups].map(([speakerId, group]) => {
        const name = speakerName.get(speakerId) ?? 'Speaker not set'
        return (
          <section
            key={speakerId}
            className="statement-group"
            aria-label={name}
            style={{ containIntrinsicBlockSize: `auto ${groupHeightEstimate(group.length)}px` }}
          >
            <h3>
              {name} <span className="count">{group.length}</span>
            </h3>
            <ul>
              {group.map((span) => {
                const statement = statements[span.id]
                return (
                  <StatementItem
                    key={span.id}
                    id={span.id}
                    quote={span.quote}
                    stance={statement.stance}
                    tags={statement.tags}
                    position={
                      statement.positionId
                        ? (positionLabel.get(statement.positionId) ?? '')
                        : 'No position'
                    }
                    selected={span.id === selectedId}
                  />
                )
              })}
            </ul>
          </section>
        )
      })}
    </div>
  )
}
