import { useEffect, useRef, useState } from 'react'
import type { BackupInfo } from '../../../src-main/shared/contract'
import { api } from '../../api'

interface BackupsDialogProps {
  onClose: () => void
}

const when = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })

/** The archive's backups, newest first; restoring one keeps what the archive is now as a backup. */
export function BackupsDialog({ onClose }: BackupsDialogProps) {
  const [backups, setBackups] = useState<BackupInfo[]>()
  const [chosen, setChosen] = useState<BackupInfo>()
  const [status, setStatus] = useState<string>()
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const dialog = useRef<HTMLDialogElement>(null)

  const load = () => api.listBackups().then(setBackups, (caught: Error) => setError(caught.message))

  useEffect(() => {
    dialog.current?.showModal()
    void load()
  }, [])

  const restore = async (backup: BackupInfo) => {
    setBusy(true)
    setError(undefined)
    try {
      const { saved, skipped } = await api.restoreBackup(backup.id)
      const left = skipped.length
        ? ` ${skipped.length} files of the backup could not be read and were left as they are.`
        : ''
      setStatus(
        `The archive is back as it was on ${when(backup.createdAt)}. What it was just before is kept as the backup of ${when(saved.createdAt)}.${left}`,
      )
      setChosen(undefined)
      await load()
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught))
    } finally {
      setBusy(false)
    }
  }

  return (
    <dialog
      ref={dialog}
      className="import-dialog backups-dialog"
      aria-label="Backups"
      onClose={onClose}
    >
      <h2>Backups</h2>
      <p>
        While you work, Stancemark keeps a snapshot of the archive once an hour: the last 24, and
        one a day for the last 14 days, in the archive’s backups folder.
      </p>
      {backups === undefined && !error && <p className="loading">Loading backups…</p>}
      {backups?.length === 0 && <p>No backups yet: the first is made after an hour of work.</p>}
      {backups && backups.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Taken</th>
              <th scope="col">Articles</th>
              <th scope="col" aria-label="Restore" />
            </tr>
          </thead>
          <tbody>
            {backups.map((backup) => (
              <tr key={backup.id}>
                <td>
                  {when(backup.createdAt)}
                  {backup.reason === 'before-restore' && ' (just before a restore)'}
                </td>
                <td>{backup.articleCount}</td>
                <td>
                  <button
                    type="button"
                    aria-label={`Restore the backup of ${when(backup.createdAt)}`}
                    onClick={() => setChosen(backup)}
                  >
                    Restore…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {chosen && (
        <div role="group" aria-label="Confirm restore">
          <p>
            Put the archive back as it was on {when(chosen.createdAt)}? What it is now is kept as a
            backup first, and articles added since then go to the trash.
          </p>
          <button type="button" disabled={busy} onClick={() => void restore(chosen)}>
            Restore this backup
          </button>
          <button type="button" onClick={() => setChosen(undefined)}>
            Cancel
          </button>
        </div>
      )}
      {status && <p role="status">{status}</p>}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <form method="dialog">
        <button type="submit">Close</button>
      </form>
    </dialog>
  )
}
