import './team.css'
import { useState, type FormEvent } from 'react'
import { messageOf } from '../../../src-main/shared/errors'
import type { SyncStatus } from '../../../src-main/shared/sync'
import { useArchiveStatus } from '../../app/archiveStatus'
import { FormError } from '../../ui/FormError'
import { syncWords } from './syncWords'
import { useNow, useTeamSync } from './useTeamSync'

/** Settings → Team: share the archive with a team through a git server, or stop sharing it. */
export function TeamSection() {
  const { status, busy, setRemote } = useTeamSync()
  return (
    <section className="settings-section" aria-labelledby="settings-team">
      <h2 id="settings-team">Team</h2>
      <p className="hint">
        Share this archive with your team through a git server your institution runs (GitHub,
        GitLab, Gitea). Each of you codes on your own computer, offline too; syncing merges
        everyone’s statements and loses none.
      </p>
      {status && <TeamForm status={status} busy={busy} setRemote={setRemote} />}
    </section>
  )
}

function TeamForm({
  status,
  busy,
  setRemote,
}: {
  status: SyncStatus
  busy: boolean
  setRemote: ReturnType<typeof useTeamSync>['setRemote']
}) {
  const { readOnly } = useArchiveStatus()
  const now = useNow()
  const [url, setUrl] = useState(status.remote?.url ?? '')
  const [username, setUsername] = useState(status.remote?.username ?? '')
  const [token, setToken] = useState('')
  const [error, setError] = useState<string>()
  const shared = status.remote !== null

  const share = async (event: FormEvent) => {
    event.preventDefault()
    if (busy) return
    try {
      setError(undefined)
      await setRemote({
        url: url.trim(),
        ...(username.trim() && { username: username.trim() }),
        ...(token.trim() && { token: token.trim() }),
      })
      setToken('')
    } catch (caught) {
      setError(teamMessage(caught))
    }
  }
  const stop = async () => {
    if (busy) return
    try {
      setError(undefined)
      await setRemote(null)
      setUrl('')
      setUsername('')
      setToken('')
    } catch (caught) {
      setError(teamMessage(caught))
    }
  }
  return (
    <form
      className="settings-form team-form"
      aria-label="Team"
      aria-busy={busy}
      onSubmit={(e) => void share(e)}
    >
      {/* Not disabled while busy: that would take the keyboard's place away mid-sync. */}
      <fieldset className="plain-fieldset" disabled={readOnly}>
        <label className="team-url">
          Team archive’s address
          <input
            type="url"
            value={url}
            required
            placeholder="https://git.example.org/team/archive.git"
            spellCheck={false}
            onChange={(e) => setUrl(e.currentTarget.value)}
          />
        </label>
        <label>
          User name
          <input
            value={username}
            maxLength={200}
            autoComplete="username"
            spellCheck={false}
            onChange={(e) => setUsername(e.currentTarget.value)}
          />
        </label>
        <label>
          Token
          <input
            type="password"
            value={token}
            autoComplete="off"
            aria-describedby="team-token-kept"
            placeholder={status.remote?.hasToken ? 'A token is saved' : ''}
            onChange={(e) => setToken(e.currentTarget.value)}
          />
        </label>
        <p id="team-token-kept" className="hint team-token-hint">
          {status.remote?.hasToken
            ? 'A token is saved on this computer. Type a new one only to replace it.'
            : 'The token is kept on this computer only, never in the archive.'}
        </p>
        <div className="team-actions">
          <button type="submit" className="primary" disabled={!url.trim()}>
            {shared ? 'Save and sync' : 'Share'}
          </button>
          {shared && (
            <button type="button" onClick={() => void stop()}>
              Stop sharing
            </button>
          )}
        </div>
      </fieldset>
      {shared && (
        <p className="hint" role="status">
          {busy ? 'Syncing…' : syncWords(status, now)}
          {status.message && ` — ${status.message}`}
        </p>
      )}
      <FormError message={error} />
    </form>
  )
}

/** A refusal in the analyst's words: the address's check says what an address must be. */
function teamMessage(caught: unknown): string {
  const message = messageOf(caught)
  return /https:\/\//.test(message) && !message.startsWith('The team')
    ? 'The team archive’s address must start with https:// and hold no user name or password (those go in their own fields).'
    : message
}
