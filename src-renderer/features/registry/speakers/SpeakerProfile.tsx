import { useCallback } from 'react'
import type { Speaker } from '../../../../src-main/shared/model'
import { api } from '../../../api'
import { useArchiveQuery } from '../../../app/useArchiveQuery'
import { routeHash } from '../../../app/routes'
import { stanceLabel } from '../../statements/stances'
import { counted } from '../../../ui/counted'
import { SampleBadge } from '../../articles/sample/SampleBadge'

/** The speaker's profile from the archive, again whenever the archive changes. */
function useSpeakerProfile(speakerId: string) {
  const load = useCallback(() => api.getSpeakerProfile(speakerId), [speakerId])
  const { value: profile, error } = useArchiveQuery(load)
  return { profile: profile?.speaker.id === speakerId ? profile : undefined, error }
}

/** Everything a speaker said, by position and over time; both sides of a position are flagged. */
export function SpeakerProfile({ speaker }: { speaker: Speaker }) {
  const { profile, error } = useSpeakerProfile(speaker.id)
  if (error) {
    return (
      <p className="form-error" role="alert">
        {error}
      </p>
    )
  }
  if (!profile) return <p className="loading">Gathering their statements…</p>
  const { counts } = profile

  return (
    <section className="profile" aria-label={`Statements by ${speaker.name}`}>
      <h2>
        Statements by {speaker.name} <span className="count">{counts.total.toLocaleString()}</span>
      </h2>
      {counts.total > 0 && (
        <p className="profile-summary">
          {counts.supports.toLocaleString()} supports · {counts.opposes.toLocaleString()} opposes ·{' '}
          {counts.neutral.toLocaleString()} neutral
          {counts.none > 0 && ` · ${counts.none.toLocaleString()} without stance`} · in{' '}
          {counted(counts.articles, 'article', 'articles')}
          {counts.first &&
            ` · ${counts.first === counts.last ? counts.first : `${counts.first} to ${counts.last}`}`}
        </p>
      )}
      {counts.total === 0 && <p className="empty-hint">No statements yet.</p>}
      {profile.positions.map(({ position, tally, statements }) => {
        const label = position?.label ?? 'No position'
        return (
          <section key={position?.id ?? ''} className="profile-position" aria-label={label}>
            <h3>
              {label} <span className="count">{tally.total}</span>
              {tally.contradiction && (
                <span className="contradiction" role="note">
                  Both supports and opposes
                </span>
              )}
            </h3>
            <ol className="timeline-list">
              {statements.map((row) => (
                <li
                  key={row.statementId}
                  className={
                    tally.contradiction && (row.stance === 'supports' || row.stance === 'opposes')
                      ? 'is-contradiction'
                      : undefined
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
                  <span className="profile-source">
                    {row.sample && <SampleBadge />}
                    {row.title}
                  </span>
                </li>
              ))}
            </ol>
          </section>
        )
      })}
    </section>
  )
}
