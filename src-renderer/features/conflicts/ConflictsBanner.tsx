import './conflicts.css'
import { useEffect, useRef, useState } from 'react'
import { messageOf } from '../../../src-main/shared/errors'
import type { Article } from '../../../src-main/shared/model'
import type { ConflictChoice } from '../../../src-main/shared/sync'
import { api } from '../../api'
import { useArchiveStatus } from '../../app/archiveStatus'
import { routeHash } from '../../app/routes'
import { counted } from '../../ui/counted'
import type { ArticleSession } from '../articles/useArticleSession'
import { ConflictItem } from './ConflictItem'
import { choiceOf } from './conflictWords'

interface ConflictsBannerProps {
  article: Article
  session: Pick<ArticleSession, 'saveNow' | 'besideSaves' | 'reload'>
}

/**
 * Above an article a sync left conflicts on: how many, and the panel to settle each in one click.
 * On a conflict copy, which article it is their version of.
 */
export function ConflictsBanner({ article, session }: ConflictsBannerProps) {
  const { readOnly } = useArchiveStatus()
  const [open, setOpen] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  /** Every conflict was settled here: said until dismissed. */
  const [allSettled, setAllSettled] = useState(false)
  const panel = useRef<HTMLDivElement>(null)
  const settledNote = useRef<HTMLButtonElement>(null)
  /** After a settle, the keyboard goes on to the next conflict (or to the note that none are left). */
  const focusNext = useRef(false)
  const conflicts = article.conflicts ?? []

  useEffect(() => {
    if (!focusNext.current) return
    focusNext.current = false
    if (conflicts.length === 0) settledNote.current?.focus()
    else panel.current?.querySelector<HTMLButtonElement>('.conflict-actions button')?.focus()
  }, [conflicts.length])

  const settle = async (choice: ConflictChoice) => {
    setBusy(true)
    setError(undefined)
    try {
      await session.saveNow()
      await session.besideSaves(() => api.settleConflict(article.id, choice))
      focusNext.current = true
      if (conflicts.length === 1) setAllSettled(true)
      await session.reload()
    } catch (caught) {
      setError(messageOf(caught))
    } finally {
      setBusy(false)
    }
  }

  const copyNote = article.copyOf && (
    <div className="banner conflict-banner" role="note">
      <p>
        This is their version of an article whose text was edited on two machines; ours is{' '}
        <a href={routeHash({ view: 'articles', articleId: article.copyOf })}>the article itself</a>,
        where the conflict is settled.
      </p>
    </div>
  )

  if (conflicts.length === 0)
    return (
      <>
        {copyNote}
        {allSettled && (
          <div className="banner conflict-banner is-settled" role="status">
            <p>Every conflict from syncing is settled.</p>
            <button ref={settledNote} type="button" onClick={() => setAllSettled(false)}>
              Dismiss
            </button>
          </div>
        )}
      </>
    )

  const title = `${counted(conflicts.length, 'conflict', 'conflicts')} from syncing`
  return (
    <section className="banner conflict-banner" aria-label={title}>
      <div className="conflict-banner-line">
        <p>
          <strong>{title}</strong>: this article was changed on two machines in ways that could not
          both be kept.
        </p>
        <button
          type="button"
          aria-expanded={open}
          aria-controls="conflict-panel"
          onClick={() => setOpen(!open)}
        >
          {open ? 'Hide' : 'Settle them'}
        </button>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {open && (
        <div className="conflict-panel" id="conflict-panel" ref={panel}>
          <ul>
            {conflicts.map((conflict) => (
              <ConflictItem
                key={choiceOf(conflict, 'kept').key + conflict.kind}
                article={article}
                conflict={conflict}
                disabled={busy || readOnly}
                onSettle={(take) => void settle(choiceOf(conflict, take))}
              />
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}
