import { useEffect, useRef, useState } from 'react'
import { api } from '../../api'
import { ExportStatementsMenu } from '../export/ExportStatementsMenu'
import { EMPTY_FILTER } from '../statements/useStatementFilter'
import { LiveVaultControl } from './LiveVaultControl'
import { useExportTask } from './useExportTask'

/**
 * The whole archive out: an Obsidian vault (into a folder the desktop app asks for, or as a .zip),
 * every statement as a table or a network over a date range, and a full backup .zip.
 */
export function ExportDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const task = useExportTask()
  useEffect(() => dialog.current?.showModal(), [])
  const intoFolder = api.exportVaultToChosenFolder

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
          {intoFolder && (
            <button
              type="button"
              className="primary"
              disabled={!!task.busy}
              onClick={() =>
                void task.run(
                  'the vault',
                  async () => {
                    const report = await intoFolder()
                    return report
                      ? `${report.notes} notes in “${report.folder}”; ${report.written} written or updated, the rest were already up to date${report.removed ? `; ${report.removed} old notes removed` : ''}.`
                      : undefined
                  },
                  false,
                  'vault',
                )
              }
            >
              Export into a folder…
            </button>
          )}
          <button
            type="button"
            className={intoFolder ? undefined : 'primary'}
            disabled={!!task.busy}
            onClick={() => void task.download('the vault', () => api.exportVaultZip(), 'vault')}
          >
            Download the vault (.zip)
          </button>
        </div>
        <LiveVaultControl disabled={!!task.busy} />
      </section>
      <section aria-label="Every statement">
        <h3>Every statement</h3>
        <p>As a table for pandas, R or Excel, or as networks for Gephi and visone.</p>
        <div className="inline-form">
          <label>
            Published from{' '}
            <input type="date" value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
          </label>
          <label>
            to <input type="date" value={to} onChange={(e) => setTo(e.currentTarget.value)} />
          </label>
          <ExportStatementsMenu
            filter={{ ...EMPTY_FILTER, from, to }}
            onDone={(text) => task.setStatus({ text })}
          />
        </div>
      </section>
      <section aria-label="Full backup">
        <h3>Full backup</h3>
        <p>
          Every article, the speakers, the codebook, the trash and the quarantine in one .zip, to
          keep on another disk. Restore it from Backups…, into a new folder.
        </p>
        <button
          type="button"
          disabled={!!task.busy}
          onClick={() => {
            const toFile = api.saveArchiveZipToChosenFile
            if (!toFile) return void task.download('the backup', () => api.exportArchiveZip())
            void task.run('the backup', async () => {
              const saved = await toFile()
              return saved ? `Saved the whole archive as “${saved.path}”.` : undefined
            })
          }}
        >
          Save a full backup (.zip)
        </button>
      </section>
      {task.busy && (
        <p className="export-progress" role="status">
          <progress
            aria-label={`Exporting ${task.busy.label}`}
            {...(task.progress && { value: task.progress.done, max: task.progress.total })}
          />
          Exporting {task.busy.label}…
          {task.progress &&
            ` ${task.progress.done.toLocaleString()} of ${task.progress.total.toLocaleString()} notes`}
          {task.busy.cancellable && (
            <button type="button" onClick={task.cancel}>
              Cancel
            </button>
          )}
        </p>
      )}
      {task.status && (
        <p
          className={task.status.error ? 'form-error' : 'hint'}
          role={task.status.error ? 'alert' : 'status'}
        >
          {task.status.text}
        </p>
      )}
      <form method="dialog" className="dialog-close">
        <button type="submit">Close</button>
      </form>
    </dialog>
  )
}
