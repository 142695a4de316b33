import { useEffect, useRef, useState } from 'react'
import { api } from '../../api'
import { saveExportedFile } from '../../saveExportedFile'
import { ExportStatementsMenu } from '../explorer/ExportStatementsMenu'
import { EMPTY_FILTER } from '../explorer/useStatementFilter'

/** The whole archive out: an Obsidian vault (into a folder or as a .zip), tables and networks. */
export function ExportDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [folder, setFolder] = useState('')
  const [busy, setBusy] = useState(false)
  const [status, setStatus] = useState<{ text: string; error?: boolean }>()
  useEffect(() => dialog.current?.showModal(), [])

  const run = async (work: () => Promise<string | undefined>) => {
    setBusy(true)
    setStatus({ text: 'Exporting…' })
    try {
      const text = await work()
      setStatus(text ? { text } : undefined)
    } catch (caught) {
      setStatus({ text: caught instanceof Error ? caught.message : String(caught), error: true })
    } finally {
      setBusy(false)
    }
  }

  return (
    <dialog
      ref={dialog}
      className="import-dialog export-dialog"
      aria-label="Export"
      onClose={onClose}
    >
      <h2>Export the archive</h2>
      <section aria-label="Obsidian vault">
        <h3>Obsidian vault</h3>
        <p>
          A note per article, speaker and position, linked to each statement, and an index note.
          Exporting into the same folder again updates these notes and keeps what you wrote below
          each note’s marker line.
        </p>
        <div className="inline-form">
          <input
            aria-label="Vault folder"
            placeholder="Folder, e.g. /home/me/Notes/Stancemark"
            value={folder}
            onChange={(e) => setFolder(e.currentTarget.value)}
          />
          <button
            type="button"
            className="primary"
            disabled={busy || folder.trim() === ''}
            onClick={() =>
              void run(async () => {
                const report = await api.exportVault({ folder })
                return `${report.notes} notes in “${report.folder}”; ${report.written} written or updated, the rest were already up to date.`
              })
            }
          >
            Export into that folder
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() => void run(async () => saveExportedFile(await api.exportVaultZip()))}
          >
            Download as .zip
          </button>
        </div>
      </section>
      <section aria-label="Every statement">
        <h3>Every statement</h3>
        <p>As a table for pandas, R or Excel, or as networks for Gephi and visone.</p>
        <ExportStatementsMenu filter={EMPTY_FILTER} onDone={(text) => setStatus({ text })} />
      </section>
      {status && (
        <p
          className={status.error ? 'form-error' : 'hint'}
          role={status.error ? 'alert' : 'status'}
        >
          {status.text}
        </p>
      )}
      <form method="dialog">
        <button type="submit">Close</button>
      </form>
    </dialog>
  )
}
