import { useEditor, type Editor } from '@tiptap/react'
import { useRef, useState } from 'react'
import { documentExtensions } from '../../../src-main/shared/document'
import type { Article } from '../../../src-main/shared/model'
import type { StatementSpan } from '../../../src-main/shared/statementSpans'
import { ReadMostly } from '../../editor/readMostly'
import { SearchMatchView } from '../../editor/searchMatchView'
import {
  StatementView,
  statementViewKey,
  type StatementViewOptions,
} from '../../editor/statementView'
import { SuggestionView, type SuggestionViewOptions } from '../../editor/suggestionView'
import type { ArticleSession } from './useArticleSession'

/** How long the statement list waits for typing to pause before it shows the new quotes. */
const SPANS_DELAY_MS = 300

export const spansOf = (editor: Editor): StatementSpan[] =>
  statementViewKey.getState(editor.state)?.spans ?? []

/** What the text's keys and clicks do: set by the workspace on every render, read when used. */
export interface ArticleEditorActions {
  mark: () => void
  escape: () => boolean
  open: StatementViewOptions['onOpen']
  suggestion: SuggestionViewOptions['onAction']
}

/**
 * The article's text as a tiptap editor, its changes marked for the session's save, and the
 * statements' places in it (`spans`), which catch up at a pause while the analyst types.
 */
export function useArticleEditor(article: Article, session: ArticleSession) {
  const [spans, setSpans] = useState<StatementSpan[]>([])
  const actions = useRef<ArticleEditorActions>({
    mark: () => {},
    escape: () => false,
    open: () => {},
    suggestion: () => false,
  })
  const spansLater = useRef<ReturnType<typeof setTimeout>>(undefined)

  const editor = useEditor({
    extensions: [
      ...documentExtensions,
      // The shortcut reads the ref when pressed, not while rendering.
      // oxlint-disable-next-line react/refs
      ReadMostly.configure({
        onMarkStatement: () => actions.current.mark(),
        onEscape: () => actions.current.escape(),
      }),
      // oxlint-disable-next-line react/refs
      StatementView.configure({ onOpen: (ids, at, by) => actions.current.open(ids, at, by) }),
      // oxlint-disable-next-line react/refs
      SuggestionView.configure({ onAction: (action) => actions.current.suggestion(action) }),
      SearchMatchView,
    ],
    content: article.body,
    editorProps: {
      attributes: { id: 'article-text', class: 'article-text prose', 'aria-label': 'Article text' },
    },
    onCreate: ({ editor: created }) => setSpans(spansOf(created)),
    onUpdate: ({ editor: updated, transaction }) => {
      if (!transaction.docChanged) return
      session.markChanged('body')
      // While the analyst types beside statements, the list beside the text catches up at a pause.
      clearTimeout(spansLater.current)
      if (statementViewKey.getState(updated.state)?.statementsChanged) setSpans(spansOf(updated))
      else spansLater.current = setTimeout(() => setSpans(spansOf(updated)), SPANS_DELAY_MS)
    },
  })

  return { editor, spans, actions }
}
