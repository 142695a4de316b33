import { useEditorState, type Editor } from '@tiptap/react'
import { redoDepth, undoDepth } from '@tiptap/pm/history'
import { useState } from 'react'
import { useArchiveStatus } from '../../app/archiveStatus'
import { AnnotationsMenu } from '../annotations/AnnotationsMenu'
import { ArticleExportMenu } from '../export/ArticleExportMenu'
import type { ArticleSession, SaveState } from './useArticleSession'

interface ArticleToolbarProps {
  editor: Editor
  articleId: string
  editing: boolean
  /** The text cannot be edited: the article is being coded independently. */
  textFixed?: boolean
  onToggleEditing: () => void
  onMark: () => void
  /** Asks the archive for suggested statements again. */
  onSuggest: () => void
  /** Opens the article's history (its versions as the team's syncs recorded them). */
  onHistory: () => void
  /**
   * Whether everything is saved, and why the last save failed until one succeeds (shown with a way
   * to save again); saves before, and shows the article again after, importing annotations onto it.
   */
  session: Pick<
    ArticleSession,
    'saveState' | 'saveError' | 'saveNow' | 'besideSaves' | 'reload' | 'holdChanges'
  >
}

const SAVE_LABELS: Record<SaveState, string> = {
  saved: 'Saved',
  unsaved: 'Unsaved changes',
  saving: 'Saving…',
  failed: 'Not saved',
}

/** Marking, undo, "Edit text", export, and whether everything is saved. */
export function ArticleToolbar(props: ArticleToolbarProps) {
  const { editor, articleId, editing, session } = props
  const { saveState, saveError } = session
  const { readOnly } = useArchiveStatus()
  const [exportMessage, setExportMessage] = useState<string>()
  const history = useEditorState({
    editor,
    // The history's depth is read directly: can().undo() tries the command on every key press.
    selector: ({ editor: e }) => ({ undo: undoDepth(e.state) > 0, redo: redoDepth(e.state) > 0 }),
  })

  return (
    <div className="toolbar article-toolbar" role="toolbar" aria-label="Article">
      <button
        type="button"
        className="primary"
        onClick={props.onMark}
        title="Mark the selected words as a statement (M or Ctrl+Shift+S)"
      >
        Mark statement <kbd>M</kbd>
      </button>
      <button
        type="button"
        aria-label="Undo"
        title="Undo (Ctrl+Z)"
        disabled={!history.undo}
        onClick={() => editor.chain().focus().undo().run()}
      >
        ↶
      </button>
      <button
        type="button"
        aria-label="Redo"
        title="Redo (Ctrl+Shift+Z)"
        disabled={!history.redo}
        onClick={() => editor.chain().focus().redo().run()}
      >
        ↷
      </button>
      <button
        type="button"
        aria-pressed={editing}
        disabled={readOnly || props.textFixed}
        title={props.textFixed ? 'The text is fixed during double coding' : undefined}
        onClick={props.onToggleEditing}
      >
        {editing ? 'Done editing' : 'Edit text'}
      </button>
      <button
        type="button"
        disabled={editing}
        onClick={props.onSuggest}
        aria-label="Suggest statements"
        title="Suggest statements: look for who said what in the text, with which cue"
      >
        Suggest
      </button>
      <ArticleExportMenu articleId={articleId} onMessage={setExportMessage} />
      <AnnotationsMenu
        articleId={articleId}
        readOnly={readOnly}
        session={session}
        onMessage={setExportMessage}
      />
      <button
        type="button"
        onClick={props.onHistory}
        title="Who changed this article when, and its earlier versions"
      >
        History
      </button>
      <span className="spacer" />
      {exportMessage && (
        <span className="export-message" role="status">
          {exportMessage}
        </span>
      )}
      <span className={`save-state save-${saveState}`} role="status" aria-live="polite">
        {SAVE_LABELS[saveState]}
      </span>
      {saveError && (
        <div className="save-error" role="alert">
          <p>{saveError} Your changes are still here, not saved yet.</p>
          <button type="button" onClick={() => void session.saveNow()}>
            Save again
          </button>
        </div>
      )}
    </div>
  )
}
