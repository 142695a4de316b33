import type { StatementRow } from '../../../src-main/shared/contract'
import type { Speaker } from '../../../src-main/shared/model'
import { routeHash } from '../../routes'
import { stanceLabel } from '../statements/stances'

/** Everything a speaker said, by position and over time; both sides of a position are flagged. */
export function SpeakerProfile({
  speaker,
  statements,
}: {
  speaker: Speaker
  statements: StatementRow[]
}) {
  const byPosition = new Map<string, StatementRow[]>()
  for (const row of statements) {
    const key = row.position?.label ?? 'No position'
    byPosition.set(key, [...(byPosition.get(key) ?? []), row])
  }
  const groups = [...byPosition].sort((a, b) => b[1].length - a[1].length)

  return (
    <section className="profile" aria-label={`Statements by ${speaker.name}`}>
      <h2>
        Statements by {speaker.name} <span className="count">{statements.length}</span>
      </h2>
      {groups.length === 0 && <p className="empty-hint">No statements yet.</p>}
      {groups.map(([label, rows]) => {
        const contradiction =
          rows.some((r) => r.stance === 'supports') && rows.some((r) => r.stance === 'opposes')
        const sortedRows = [...rows].sort((a, b) => a.published.localeCompare(b.published))
        return (
          <section key={label} className="profile-position" aria-label={label}>
            <h3>
              {label} <span className="count">{rows.length}</span>
              {contradiction && (
                <span className="contradiction" role="note">
                  Both supports and opposes
                </span>
              )}
            </h3>
            <ol className="timeline-list">
              {sortedRows.map((row) => (
                <li
                  key={row.statementId}
                  className={
                    contradiction && row.stance !== 'neutral' ? 'is-contradiction' : undefined
                  }
                >
                  <span className="date-cell">{row.published || 'undated'}</span>
                  <span className={`stance-badge stance-${row.stance ?? 'none'}`}>
                    {stanceLabel(row.stance)}
                  </span>
                  <a
                    href={routeHash({
                      view: 'articles',
                      articleId: row.articleId,
                      statementId: row.statementId,
                    })}
                  >
                    “{row.quote}”
                  </a>
                  <span className="profile-source">{row.title}</span>
                </li>
              ))}
            </ol>
          </section>
        )
      })}
    </section>
  )
}
