import { useState } from 'react'
import { messageOf } from '../../../src-main/shared/errors'
import { api } from '../../api'
import { useArchiveStatus } from '../../app/archiveStatus'
import { useArchiveQuery } from '../../app/useArchiveQuery'
import { FormError } from '../../ui/FormError'
import { suggestionFatesText } from './suggestionFatesText'

/**
 * Settings' Suggestions: how this archive's suggestions fared (so the analyst knows how far to
 * trust them), and the switch that turns them off in this archive on this machine.
 */
export function SuggestionSettings() {
  const { readOnly } = useArchiveStatus()
  const quality = useArchiveQuery(api.getSuggestionQuality)
  const [error, setError] = useState<string>()
  const shown = quality.value

  const turn = async (on: boolean) => {
    try {
      await api.setSuggestionsOn(on)
      setError(undefined)
      await quality.refresh()
    } catch (caught) {
      setError(messageOf(caught))
    }
  }
  const all = shown && suggestionFatesText(shown.all)
  const recent = shown && shown.recent.total < shown.all.total && suggestionFatesText(shown.recent)
  return (
    <section className="settings-section" aria-labelledby="settings-suggestions">
      <h2 id="settings-suggestions">Suggestions</h2>
      <p className="hint">
        As you read, Stancemark underlines who said what for you to accept or reject. How the
        suggestions in this archive fared tells how far to trust them; a statement removed since no
        longer counts.
      </p>
      {shown && (
        <div className="suggestion-quality" aria-label="How suggestions fared" role="group">
          <p>{all ?? 'No suggestion has been accepted or rejected in this archive yet.'}</p>
          {recent && (
            <p>
              In the last {shown.recentDays} days: {recent}
            </p>
          )}
        </div>
      )}
      {quality.error && <FormError message={quality.error} />}
      {shown && (
        <label className="switch-row">
          <input
            type="checkbox"
            role="switch"
            checked={shown.on}
            disabled={readOnly}
            onChange={(e) => void turn(e.currentTarget.checked)}
          />
          Suggest statements in this archive
        </label>
      )}
      {shown && !shown.on && (
        <p className="hint" role="status">
          Suggestions are off: articles show none, and none are looked for, until you turn them on
          here. This is kept on this computer only.
        </p>
      )}
      <FormError message={error} />
    </section>
  )
}
