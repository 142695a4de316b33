import { useState } from 'react'
import { messageOf } from '../../../src-main/shared/errors'
import { shortSyncWords, syncWords } from './syncWords'
import { useNow, useTeamSync } from './useTeamSync'

/** The app bar's Sync button and the sync's state beside it, while the archive is shared. */
export function SyncButton() {
  const { status, busy, syncNow } = useTeamSync()
  const [failed, setFailed] = useState<string>()
  const now = useNow()
  if (!status || status.state === 'off') return null
  const words = failed ?? syncWords(status, now)
  const waiting = busy || status.state === 'syncing'
  const sync = async () => {
    try {
      setFailed(undefined)
      await syncNow()
    } catch (caught) {
      setFailed(messageOf(caught))
    }
  }
  return (
    <span className="sync-control">
      <button
        type="button"
        className="app-bar-button"
        // aria-disabled, not disabled: a focused button made disabled drops the keyboard's place.
        aria-disabled={waiting}
        aria-describedby="sync-state"
        onClick={() => {
          if (!waiting) void sync()
        }}
      >
        <span className="sync-icon" aria-hidden>
          ⟳
        </span>
        <span className="sync-label">Sync</span>
      </button>
      <span
        id="sync-state"
        className={`sync-state sync-${status.state}`}
        role="status"
        title={status.message ?? failed ?? undefined}
      >
        {words}
      </span>
      {/* Where the bar is narrow: the same in a word or two (the words above are still read). */}
      <span className="sync-state-short" aria-hidden title={words}>
        {failed ? 'Failed' : shortSyncWords(status)}
      </span>
      {/* Conflicts lead where they are settled, at every width. */}
      {status.conflicts > 0 && (
        <a className="sync-conflicts" href="#/conflicts">
          Settle
        </a>
      )}
    </span>
  )
}
