import type { Editor } from '@tiptap/react'
import { useCallback, useRef } from 'react'
import type { DocJSON } from '../../../src-main/shared/model'
import { ArchiveStatusContext, useArchiveStatus } from '../../archiveStatus'
import { statementViewKey } from '../../editor/statementView'
import type { Registry } from '../statements/useRegistry'
import { ArticleWorkspace } from './ArticleWorkspace'
import { useArticleSession } from './useArticleSession'

interface ArticleViewProps {
  articleId: string
  /** A statement to scroll to and select once the article is shown (opened from the explorer). */
  focusStatementId?: string
  /** Puts the keyboard in the text once it is shown (a new import: work goes on there). */
  focusText?: boolean
  onTextFocused?: () => void
  registry: Registry
}

/** Loads one article and keeps it saved; the workspace is rebuilt whenever a newer version loads. */
export function ArticleView({
  articleId,
  focusStatementId,
  focusText,
  onTextFocused,
  registry,
}: ArticleViewProps) {
  const editors = useRef<{ body: Editor; notes?: Editor }>(undefined)
  const session = useArticleSession(articleId, {
    body: () => {
      const body = editors.current!.body
      const spans = statementViewKey.getState(body.state)?.spans ?? []
      return { json: body.getJSON() as DocJSON, statementIds: spans.map((s) => s.id) }
    },
    notes: () => editors.current!.notes!.getJSON() as DocJSON,
  })
  const status = useArchiveStatus()
  const attach = useCallback((next: { body: Editor; notes?: Editor }) => {
    editors.current = next
  }, [])

  if (session.loadError) {
    return (
      <>
        <h1 className="visually-hidden">Articles</h1>
        <p className="load-error" role="alert">
          {session.loadError}
        </p>
      </>
    )
  }
  if (!session.article) {
    return (
      <>
        <h1 className="visually-hidden">Articles</h1>
        <p className="loading">Opening the article…</p>
      </>
    )
  }
  return (
    <>
      {session.notice && (
        <div className="banner" role="alert">
          {session.notice}
          <button type="button" onClick={session.dismissNotice}>
            Dismiss
          </button>
        </div>
      )}
      <ArchiveStatusContext.Provider
        value={session.heldBy ? { readOnly: true, readOnlyMessage: session.heldBy } : status}
      >
        <ArticleWorkspace
          key={session.loadCount}
          article={session.article}
          session={session}
          registry={registry}
          attach={attach}
          focusStatementId={focusStatementId}
          focusText={focusText}
          onTextFocused={onTextFocused}
        />
      </ArchiveStatusContext.Provider>
    </>
  )
}
