import './coders.css'
import { useState } from 'react'
import type { Article } from '../../../src-main/shared/model'
import { messageOf } from '../../../src-main/shared/errors'
import { api } from '../../api'
import { useArchiveStatus } from '../../app/archiveStatus'
import { routeHash } from '../../app/routes'
import type { ArticleSession } from '../articles/useArticleSession'
import { useRegistry } from '../registry/RegistryProvider'
import { codingState } from './codingState'

const AND = new Intl.ListFormat('en', { type: 'conjunction' })

interface CodingBarProps {
  article: Article
  session: Pick<ArticleSession, 'saveNow' | 'besideSaves' | 'reload'>
}

/**
 * Above a double-coded article's text: who codes it, that the text is fixed meanwhile, and the
 * current coder's "Mark done"; once every coder is done, the way to compare.
 */
export function CodingBar({ article, session }: CodingBarProps) {
  const { coder, coders } = useRegistry()
  const { readOnly } = useArchiveStatus()
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const coding = article.coding
  const state = codingState(coding, coder?.id)
  if (!coding || !state) return null
  const names = coding.coders.map((id) => coders.find((c) => c.id === id)?.name ?? 'a coder')
  const mine = coder !== undefined && coding.coders.includes(coder.id)

  const markDone = async (done: boolean) => {
    setBusy(true)
    try {
      await session.saveNow()
      await session.besideSaves(() => api.setCodingDone(article.id, done))
      // Done, the others' statements are no longer hidden (or hidden again): the article is read anew.
      await session.reload()
    } catch (caught) {
      setError(messageOf(caught))
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className={`coding-bar coding-${state.stage}`} aria-label="Double coding">
      <p>
        <strong>Double coding</strong> by {AND.format(names)} · {state.label}.{' '}
        {state.yoursToCode
          ? 'You see only your own statements until every coder has marked it done. '
          : mine && state.stage === 'coding'
            ? 'You marked it done; you see your own statements until the others have too. '
            : ''}
        The text is fixed during double coding.
      </p>
      {state.yoursToCode && (
        <button
          type="button"
          className="primary"
          disabled={busy || readOnly}
          onClick={() => void markDone(true)}
        >
          Mark done
        </button>
      )}
      {mine && !state.yoursToCode && state.stage === 'coding' && (
        <button type="button" disabled={busy || readOnly} onClick={() => void markDone(false)}>
          Not done yet
        </button>
      )}
      {state.stage !== 'coding' && (
        <a
          className="button-link"
          href={routeHash({ view: 'articles', articleId: article.id, compare: true })}
        >
          {state.stage === 'ready' ? 'Compare the coders' : 'Compare and adjudication'}
        </a>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  )
}
