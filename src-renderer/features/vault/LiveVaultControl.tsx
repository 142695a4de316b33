import { useCallback, useState } from 'react'
import { api } from '../../api'
import { useArchiveQuery } from '../../app/useArchiveQuery'

type LiveVault = Awaited<ReturnType<typeof api.getLiveVault>>

function lastUpdate(live: LiveVault): string {
  if (!live.updated) return ''
  const { at, written, removed } = live.updated
  const time = new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
  const notes = written === 1 ? '1 note' : `${written} notes`
  return ` Last updated at ${time}: ${notes} written${removed ? `, ${removed} removed` : ''}.`
}

/**
 * The live vault: a vault kept in sync with every save. Its folder comes from main alone — the
 * desktop's folder dialog, the host's `--vault` — so a page only turns it off and on again.
 */
export function LiveVaultControl({ disabled }: { disabled: boolean }) {
  const live = useArchiveQuery(useCallback(() => api.getLiveVault(), []))
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const chooseFolder = api.keepChosenVaultInSync
  const act = async (change: () => Promise<unknown>) => {
    setBusy(true)
    setError(undefined)
    try {
      await change()
    } catch (thrown) {
      setError(thrown instanceof Error ? thrown.message : String(thrown))
    } finally {
      setBusy(false)
      await live.refresh()
    }
  }
  const state = live.value
  const off = disabled || busy
  return (
    <div className="live-vault" role="group" aria-label="Live vault">
      {state?.on ? (
        <p className="hint" role="status">
          Keeping the vault in “{state.folder}” in sync: the notes a save changes are rewritten
          within seconds.{lastUpdate(state)}
        </p>
      ) : state?.folder ? (
        <p className="hint" role="status">
          The vault in “{state.folder}” is not kept in sync now.
        </p>
      ) : (
        !chooseFolder && (
          <p className="hint">
            To keep a vault in sync with every save, start Stancemark with{' '}
            <code>npm run serve -- --vault FOLDER</code>.
          </p>
        )
      )}
      {state?.stopped && (
        <p className="form-error" role="alert">
          {state.stopped}
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="inline-form">
        {chooseFolder && (
          <button type="button" disabled={off} onClick={() => void act(() => chooseFolder())}>
            {state?.folder ? 'Keep another vault in sync…' : 'Keep this vault in sync…'}
          </button>
        )}
        {state?.folder &&
          (state.on ? (
            <button
              type="button"
              disabled={off}
              onClick={() => void act(() => api.switchLiveVault({ on: false }))}
            >
              Stop keeping it in sync
            </button>
          ) : (
            <button
              type="button"
              disabled={off}
              onClick={() => void act(() => api.switchLiveVault({ on: true }))}
            >
              Keep it in sync again
            </button>
          ))}
        {busy && <span role="status">Bringing the vault up to date…</span>}
      </div>
    </div>
  )
}
