import { useState } from 'react'
import { go, parseRoute } from '../../../app/routes'
import { FindInList } from '../FindInList'
import { matchName, typedName } from '../../../../src-main/shared/nameKey'
import { useMergeNotice } from '../MergeNotice'
import { useRegistry } from '../RegistryProvider'
import { SpeakerEditor } from './SpeakerEditor'
import { SpeakerProfile } from './SpeakerProfile'
import { useStatementCounts } from '../useStatementCounts'
import { counted } from '../../../ui/counted'

/** The speaker registry: everyone who said something, how often, and each one's profile. */
export function SpeakersView({ speakerId }: { speakerId?: string }) {
  const registry = useRegistry()
  const counts = useStatementCounts().bySpeaker
  const [query, setQuery] = useState('')
  const mergeNotice = useMergeNotice((restoredId, keptId) => {
    // Back to the speaker that was merged, unless the analyst has gone on meanwhile.
    const route = parseRoute(location.hash)
    if (route.view === 'speakers' && route.speakerId === keptId)
      go({ view: 'speakers', speakerId: restoredId })
  })
  const typed = typedName(query)
  // Found as in every speaker field: by a part, another spelling, the surname or a near miss.
  const shown = typed.folded
    ? registry.speakers.filter((speaker) =>
        [speaker.name, ...speaker.aliases].some((name) => matchName(name, typed)),
      )
    : registry.speakers
  const speaker = registry.speakers.find((s) => s.id === speakerId)

  return (
    <div className="registry-view">
      <nav className="registry-list" aria-label="Speakers">
        <FindInList
          label="Find a speaker"
          placeholder="Find a speaker or alias"
          query={query}
          onQuery={setQuery}
          count={counted(registry.speakers.length, 'speaker', 'speakers')}
        />
        <ul>
          {shown.map((s) => (
            <li key={s.id}>
              <button
                type="button"
                className={`library-item${s.id === speakerId ? ' is-selected' : ''}`}
                aria-current={s.id === speakerId ? 'page' : undefined}
                onClick={() => go({ view: 'speakers', speakerId: s.id })}
              >
                <span className="library-title">{s.name}</span>
                <span className="library-meta">
                  {s.kind}
                  {s.aliases.length > 0 && ` · also ${s.aliases.join(', ')}`}
                  <span className="count" title="Statements">
                    {counts(s.id)?.toLocaleString()}
                  </span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <main className="registry-detail">
        {mergeNotice.notice}
        {speaker ? (
          <>
            <SpeakerEditor
              key={speaker.id}
              speaker={speaker}
              statementCount={counts(speaker.id)}
              onMerged={mergeNotice.merged}
            />
            <SpeakerProfile speaker={speaker} />
          </>
        ) : (
          <>
            <h1 className="visually-hidden">Speakers</h1>
            <p className="empty-hint">
              Choose a speaker to edit their names and see everything they said.
            </p>
          </>
        )}
      </main>
    </div>
  )
}
