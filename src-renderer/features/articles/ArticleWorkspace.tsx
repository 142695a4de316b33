import { EditorContent, type Editor } from '@tiptap/react'
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { Article } from '../../../src-main/shared/model'
import { useArchiveStatus } from '../../app/archiveStatus'
import { newStatementId } from '../../editor/newStatementId'
import { statementViewKey } from '../../editor/statementView'
import { useRegistry } from '../registry/RegistryProvider'
import { StatementForm } from '../statements/StatementForm'
import { StatementList } from '../statements/StatementList'
import { SuggestionBar } from '../suggest/SuggestionBar'
import { useSuggestedStatements } from '../suggest/useSuggestedStatements'
import { CodingBar } from '../coders/CodingBar'
import { HistoryDialog } from '../history/HistoryDialog'
import { ArticleHeader } from './ArticleHeader'
import { ArticleToolbar } from './ArticleToolbar'
import { NotesEditor } from './NotesEditor'
import { spansOf, useArticleEditor } from './useArticleEditor'
import type { ArticleSession } from './useArticleSession'
import { useLaidOutOnce } from './useLaidOutOnce'
import { useOpenStatements } from './useOpenStatements'
import { useSearchMatches } from './useSearchMatches'
import { useStatementLook } from './useStatementLook'

interface WorkspaceProps {
  article: Article
  session: ArticleSession
  /** Filled with the editors' content getters for the session's saves. */
  attach: (editors: { body: Editor; notes?: Editor }) => void
  focusStatementId?: string
  /** The search the article was opened from: its words are marked, the first scrolled to. */
  searched?: { searched: string }
}

/**
 * Paragraphs beyond which the text is drawn whole: turning on Chromium's skipping of paragraphs out
 * of view costs more than it saves in so long a text (docs/performance.md).
 */
const SKIPPED_UP_TO = 1000

/** The open article: its text to read and code, the statements beside it, the analyst's notes below. */
export function ArticleWorkspace({
  article,
  session,
  attach,
  focusStatementId,
  searched,
}: WorkspaceProps) {
  const registry = useRegistry()
  /** The statement open in the form; `asked` changes when the focus is asked for it again. */
  const [selected, setSelected] = useState<{
    id: string
    focus: boolean | 'position'
    asked?: number
  }>()
  const [editing, setEditing] = useState(false)
  const [showHistory, setShowHistory] = useState(false)
  const [hint, setHint] = useState<string>()
  /** What a statement's form left typed and not chosen, said beside the list until it is opened again. */
  const [unchosen, setUnchosen] = useState<{ id: string; message: string }>()
  const laidOut = useLaidOutOnce()
  const skipsUnseen = laidOut && (article.body.content?.length ?? 0) <= SKIPPED_UP_TO
  const { readOnly, readOnlyMessage } = useArchiveStatus()
  const notesRef = useRef<Editor>(undefined)
  const { editor, spans, actions } = useArticleEditor(article, session)

  useEffect(() => attach({ body: editor, notes: notesRef.current }), [attach, editor])
  useSearchMatches(editor, article.id, searched)
  // While the archive changes the whole article, its text takes no keys at all (undo included).
  useEffect(() => {
    if (!editor.isDestroyed) editor.setEditable(!session.heldBy, false)
  }, [editor, session.heldBy])
  const onNotesReady = useCallback(
    (notes: Editor) => {
      notesRef.current = notes
      attach({ body: editor, notes })
    },
    [attach, editor],
  )

  const markStatement = () => {
    if (readOnly) {
      setHint(readOnlyMessage ?? 'This archive is read-only here.')
      return
    }
    const { empty, to } = editor.state.selection
    if (empty) {
      setHint('Select the words of the statement first, then mark them.')
      return
    }
    const id = newStatementId()
    const now = new Date().toISOString()
    session.putStatement({ id, tags: [], note: '', createdAt: now, updatedAt: now })
    // Focus goes on to the form: leaving the text first spares the browser from placing the
    // collapsed selection in the whole article first.
    if (editor.view.hasFocus()) editor.view.dom.blur()
    // The selection collapses so that the new statement shows in its colour and a new drag starts fresh.
    editor.chain().setStatement(id).setTextSelection(to).run()
    setHint(undefined)
    setSelected({ id, focus: true })
  }
  const opening = useOpenStatements({
    editor,
    statements: session.statements,
    speakers: registry.speakers,
    onSelect: setSelected,
    onHint: setHint,
  })
  const suggested = useSuggestedStatements({
    editor,
    articleId: article.id,
    session,
    spans,
    editing,
    readOnly,
    onOpenForm: (id) => setSelected({ id, focus: 'position' }),
    onHint: setHint,
  })
  useLayoutEffect(() => {
    actions.current = {
      mark: markStatement,
      // Esc in the text closes the statement form, as it does in the form; the text keeps the focus.
      escape: () => {
        if (!selected) return false
        setSelected(undefined)
        return true
      },
      open: opening.open,
      suggestion: suggested.act,
    }
  })

  const look = useStatementLook(session.statements, selected?.id)

  useEffect(() => {
    if (!editor.isDestroyed) editor.view.dispatch(editor.state.tr.setMeta(statementViewKey, look))
  }, [editor, look])

  const showStatement = (id: string, focus = false) => {
    setSelected({ id, focus, asked: focus ? performance.now() : undefined })
    const span = spansOf(editor).find((s) => s.id === id)
    if (!span) return
    editor.commands.setTextSelection(span.from)
    const element = editor.view.domAtPos(span.from).node
    const target = element instanceof Element ? element : element.parentElement
    target?.scrollIntoView({ block: 'center' })
  }

  useEffect(() => {
    if (focusStatementId) showStatement(focusStatementId)
    // Only when asked for another statement, not on every render of showStatement.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [focusStatementId])

  const toggleEditing = () => {
    if (readOnly) return
    editor.chain().setTextEditing(!editing).focus().run()
    setEditing(!editing)
    // Suggestions are for reading: gone while the words change, asked for again afterwards.
    if (editing) void session.saveNow().then(suggested.refresh)
    else suggested.drop()
  }

  const selectedStatement =
    selected && spans.some((s) => s.id === selected.id)
      ? session.statements[selected.id]
      : undefined
  const selectedSpan = selectedStatement && spans.find((s) => s.id === selectedStatement.id)
  const meta = session.meta ?? article.meta

  return (
    <div className="workspace">
      <div className="reading-column">
        <ArticleHeader
          meta={meta}
          readOnly={readOnly}
          onChange={session.setMeta}
          onDone={() => editor.commands.focus()}
        />
        {/* The toolbar and what it has to say stay on screen above the text. */}
        <div className="article-controls">
          <CodingBar article={article} session={session} />
          <ArticleToolbar
            editor={editor}
            articleId={article.id}
            editing={editing}
            textFixed={article.coding !== undefined}
            onToggleEditing={toggleEditing}
            onMark={markStatement}
            onSuggest={() => void session.saveNow().then(suggested.refresh)}
            onHistory={() => setShowHistory(true)}
            session={session}
          />
          {showHistory && (
            <HistoryDialog
              articleId={article.id}
              session={session}
              onClose={() => setShowHistory(false)}
            />
          )}
          {editing && (
            <p className="hint" role="status">
              Editing the text. Statements stay on their words; press Done editing to go back to
              reading.
            </p>
          )}
          {hint && (
            <p className="hint" role="status">
              {hint}
            </p>
          )}
        </div>
        <div
          className={`article-body${editing ? ' is-editing' : ''}${skipsUnseen ? ' is-laid-out' : ''}`}
        >
          <EditorContent editor={editor} />
        </div>
        {/* Below the text and kept on screen while it scrolls: adding it never moves the words. */}
        {!editing && <SuggestionBar suggested={suggested} />}
        {opening.chooser}
        <NotesEditor
          content={article.notes}
          editable={!readOnly}
          onReady={onNotesReady}
          onChange={() => session.markChanged('notes')}
        />
      </div>
      <aside
        className="statements-panel"
        id="statements-panel"
        aria-label="Statements"
        // Reached by its skip link when it holds no statement yet.
        tabIndex={-1}
      >
        {selectedStatement && selectedSpan && (
          <fieldset className="plain-fieldset" disabled={readOnly}>
            <StatementForm
              key={selectedStatement.id}
              statement={selectedStatement}
              quote={selectedSpan.quote}
              autoFocus={selected?.focus ?? false}
              focusAsked={selected?.asked}
              onChange={(patch) => {
                const change = session.updateStatement(selectedStatement.id, patch)
                if (change && change.before.speakerId !== change.next.speakerId)
                  void suggested.learnSpeaker(change.next)
              }}
              onRemove={() => {
                editor.commands.unsetStatement(selectedStatement.id)
                setSelected(undefined)
                editor.commands.focus()
              }}
              onClose={() => {
                setSelected(undefined)
                editor.commands.focus()
              }}
              onLeftUnchosen={(message) => {
                const id = selectedStatement.id
                setUnchosen((current) =>
                  message ? { id, message } : current?.id === id ? undefined : current,
                )
              }}
            />
          </fieldset>
        )}
        {unchosen && !selectedStatement && (
          <p className="hint unchosen-note" role="status">
            {unchosen.message}
          </p>
        )}
        <h2>
          Statements{' '}
          <span className="count">{spans.filter((s) => session.statements[s.id]).length}</span>
        </h2>
        <StatementList
          spans={spans}
          statements={session.statements}
          speakers={registry.speakers}
          positions={registry.positions}
          selectedId={selected?.id}
          onSelect={showStatement}
        />
      </aside>
    </div>
  )
}
