import { useEffect, useRef, useState } from 'react'
import type { BackupInfo } from '../../../src-main/shared/contract'
import { api } from '../../api'
import { saveExportedFile } from '../export/saveExportedFile'
import { counted } from '../../ui/counted'
import { messageOf } from '../../../src-main/shared/errors'
import { FormError } from '../../ui/FormError'

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
      setError(messageOf(caught))
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
                  {backup.reason === 'before-migration' &&
                    ' (just before this version updated the archive’s files)'}
                  {backup.reason === 'before-join' && ' (just before joining a team)'}
                </td>
                <td>{backup.articleCount.toLocaleString()}</td>
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
      <FormError message={error} />
      <ArchiveFile />
      <form method="dialog" className="dialog-close">
        <button type="submit">Close</button>
      </form>
    </dialog>
  )
}

const toBase64 = async (file: File) => {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let text = ''
  for (let at = 0; at < bytes.length; at += 0x8000)
    text += String.fromCharCode(...bytes.subarray(at, at + 0x8000))
  return btoa(text)
}

const restoredMessage = (restored: { folder: string; articles: number } | null) =>
  restored
    ? `Restored ${counted(restored.articles, 'article', 'articles')} into “${restored.folder}”. Open that folder as an archive to work in it.`
    : undefined

/**
 * The whole archive as one .zip to keep elsewhere, and such a file restored into a new folder: the
 * desktop app asks for the file and the folder with its own dialogs; in a browser, the analyst
 * picks the file and types the folder.
 */
function ArchiveFile() {
  const fromChosenFile = api.restoreArchiveZipFromChosenFile
  const [zip, setZip] = useState<File>()
  const [folder, setFolder] = useState('')
  const [status, setStatus] = useState<{ text: string; error?: boolean }>()
  const [busy, setBusy] = useState(false)

  const run = async (work: () => Promise<string | undefined>) => {
    setBusy(true)
    setStatus(undefined)
    try {
      const text = await work()
      if (text) setStatus({ text })
    } catch (caught) {
      setStatus({ text: messageOf(caught), error: true })
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="archive-file" aria-label="The whole archive as one file">
      <h3>The whole archive as one file</h3>
      <p>
        A .zip of every article, the speakers, the codebook, the trash and the quarantine, to keep
        on another disk. It is restored into a new folder, never over this archive.
      </p>
      <button
        type="button"
        disabled={busy}
        onClick={() =>
          void run(async () => {
            if (!api.saveArchiveZipToChosenFile)
              return saveExportedFile(await api.exportArchiveZip())
            const saved = await api.saveArchiveZipToChosenFile()
            return saved ? `Saved the whole archive as “${saved.path}”.` : undefined
          })
        }
      >
        Save the archive as a .zip…
      </button>
      {fromChosenFile ? (
        <button
          type="button"
          disabled={busy}
          onClick={() => void run(async () => restoredMessage(await fromChosenFile()))}
        >
          Restore a backup file into a new folder…
        </button>
      ) : (
        <div className="inline-form">
          <input
            type="file"
            accept=".zip,application/zip"
            aria-label="Backup file to restore"
            onChange={(e) => setZip(e.currentTarget.files?.[0])}
          />
          <input
            aria-label="New folder to restore into"
            placeholder="New folder, e.g. /home/me/archive-restored"
            value={folder}
            onChange={(e) => setFolder(e.currentTarget.value)}
          />
          <button
            type="button"
            disabled={busy || !zip || folder.trim() === ''}
            onClick={() =>
              void run(async () => {
                return restoredMessage(
                  await api.restoreArchiveZip({ zip: await toBase64(zip!), folder }),
                )
              })
            }
          >
            Restore into that folder
          </button>
        </div>
      )}
      {status && (
        <p
          className={status.error ? 'form-error' : 'hint'}
          role={status.error ? 'alert' : 'status'}
        >
          {status.text}
        </p>
      )}
    </section>
  )
}
