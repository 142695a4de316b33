import './history.css'
import { useEffect, useRef, useState } from 'react'
import { messageOf } from '../../../src-main/shared/errors'
import type { Article } from '../../../src-main/shared/model'
import type { ArticleVersion } from '../../../src-main/shared/sync'
import { api } from '../../api'
import { useArchiveStatus } from '../../app/archiveStatus'
import { FormError } from '../../ui/FormError'
import type { ArticleSession } from '../articles/useArticleSession'
import { when } from '../conflicts/conflictWords'
import { versionSummary } from './versionSummary'
import { VersionView } from './VersionView'

interface HistoryDialogProps {
  articleId: string
  session: Pick<ArticleSession, 'saveNow' | 'besideSaves' | 'reload'>
  onClose: () => void
}

/**
 * An article's history as the team's syncs recorded it: who changed it when, and what; any
 * version opened read-only, and restored as the newest.
 */
export function HistoryDialog({ articleId, session, onClose }: HistoryDialogProps) {
  const { readOnly } = useArchiveStatus()
  const dialog = useRef<HTMLDialogElement>(null)
  const [versions, setVersions] = useState<ArticleVersion[]>()
  const [open, setOpen] = useState<{ version: ArticleVersion; article: Article }>()
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  /** The version whose "Open" was pressed: the keyboard goes back to it from the version. */
  const lastOpened = useRef<string>(undefined)
  const list = useRef<HTMLOListElement>(null)
  const back = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    dialog.current?.showModal()
    api
      .articleHistory(articleId)
      .then(setVersions, (caught: unknown) => setError(messageOf(caught)))
  }, [articleId])

  useEffect(() => {
    if (open) back.current?.focus()
    else if (lastOpened.current)
      list.current
        ?.querySelector<HTMLButtonElement>(`[data-commit="${lastOpened.current}"]`)
        ?.focus()
  }, [open])

  const openVersion = async (version: ArticleVersion) => {
    setError(undefined)
    lastOpened.current = version.commit
    try {
      setOpen(await api.getArticleVersion(articleId, version.commit))
    } catch (caught) {
      setError(messageOf(caught))
    }
  }

  const restore = async (version: ArticleVersion) => {
    setBusy(true)
    setError(undefined)
    try {
      await session.saveNow()
      await session.besideSaves(() => api.restoreArticleVersion(articleId, version.commit))
      dialog.current?.close()
      await session.reload(
        `The version of ${when(version.at)} by ${version.author} is restored: it is the newest version now.`,
      )
    } catch (caught) {
      setError(messageOf(caught))
    } finally {
      setBusy(false)
    }
  }

  const heading = (version: ArticleVersion) => `${when(version.at)} · ${version.author}`

  return (
    <dialog
      ref={dialog}
      className="import-dialog history-dialog"
      aria-label={open ? `Version of ${heading(open.version)}` : 'History'}
      onClose={onClose}
    >
      {open ? (
        <>
          <h2>Version of {heading(open.version)}</h2>
          <p className="hint">
            {versionSummary(open.version)}. Shown as it was then; it cannot be edited here.
          </p>
          <div className="history-actions">
            <button ref={back} type="button" onClick={() => setOpen(undefined)}>
              Back to the history
            </button>
            <button
              type="button"
              className="primary"
              disabled={busy || readOnly}
              onClick={() => void restore(open.version)}
            >
              Restore this version
            </button>
          </div>
          <FormError message={error} />
          <VersionView article={open.article} />
        </>
      ) : (
        <>
          <h2>History</h2>
          <p className="hint">
            Each version is one the team’s syncs recorded: who changed the article, when, and what.
          </p>
          {versions === undefined && !error && <p className="loading">Reading the history…</p>}
          {versions?.length === 0 && (
            <p>
              No history yet: versions are recorded once the archive syncs with a team (Settings →
              Team).
            </p>
          )}
          {versions && versions.length > 0 && (
            <ol className="history-list" ref={list}>
              {versions.map((version) => (
                <li key={version.commit}>
                  <span className="history-when">{heading(version)}</span>
                  <span className="history-what">{versionSummary(version)}</span>
                  {!version.changes.removed && (
                    <button
                      type="button"
                      data-commit={version.commit}
                      aria-label={`Open the version of ${heading(version)}`}
                      onClick={() => void openVersion(version)}
                    >
                      Open
                    </button>
                  )}
                </li>
              ))}
            </ol>
          )}
          <FormError message={error} />
        </>
      )}
      <form method="dialog" className="dialog-close">
        <button type="submit">Close</button>
      </form>
    </dialog>
  )
}
