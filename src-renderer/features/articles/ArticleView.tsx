import type { Editor } from '@tiptap/react'
import { useCallback, useEffect, useRef } from 'react'
import type { DocJSON } from '../../../src-main/shared/model'
import { ArchiveStatusContext, useArchiveStatus } from '../../app/archiveStatus'
import { statementViewKey } from '../../editor/statementView'
import { ConflictsBanner } from '../conflicts/ConflictsBanner'
import { SampleNote } from './sample/SampleNote'
import { ArticleWorkspace } from './ArticleWorkspace'
import { useArticleSession } from './useArticleSession'

interface ArticleViewProps {
  articleId: string
  /** A statement to scroll to and select once the article is shown (opened from the explorer). */
  focusStatementId?: string
  /** The search the article was opened from (a hit): its words are marked, the first scrolled to. */
  searched?: { searched: string }
  /** Put the focus on the text once it is shown (just imported: reading and marking come next). */
  focusText?: boolean
  onTextFocused?: () => void
}

/** Loads one article and keeps it saved; the workspace is rebuilt whenever a newer version loads. */
export function ArticleView({
  articleId,
  focusStatementId,
  searched,
  focusText,
  onTextFocused,
}: ArticleViewProps) {
  const editors = useRef<{ body: Editor; notes?: Editor }>(undefined)
  const session = useArticleSession(articleId, {
    body: () => {
      const body = editors.current!.body
      const spans = statementViewKey.getState(body.state)?.spans ?? []
      return { json: body.getJSON() as DocJSON, statementIds: spans.map((s) => s.id) }
    },
    notes: () => editors.current?.notes?.getJSON() as DocJSON | undefined,
  })
  const status = useArchiveStatus()
  const attach = useCallback((next: { body: Editor; notes?: Editor }) => {
    editors.current = next
  }, [])
  const shown = session.article !== undefined
  useEffect(() => {
    // The workspace attached its editors before this runs, in the same commit.
    if (!focusText || !shown || !editors.current) return
    editors.current.body.commands.focus('start')
    onTextFocused?.()
  }, [focusText, shown, onTextFocused])

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
      {session.article.origin.kind === 'sample' && (
        <SampleNote statements={Object.keys(session.statements).length} />
      )}
      <ConflictsBanner article={session.article} session={session} />
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
          attach={attach}
          focusStatementId={focusStatementId}
          searched={searched}
        />
      </ArchiveStatusContext.Provider>
    </>
  )
}
