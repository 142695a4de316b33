import { EditorContent, useEditor, type Editor } from '@tiptap/react'
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { documentExtensions } from '../../../src-main/shared/document'
import type { Article } from '../../../src-main/shared/model'
import type { StatementSpan } from '../../../src-main/shared/statementSpans'
import { useArchiveStatus } from '../../app/archiveStatus'
import { newStatementId } from '../../editor/newStatementId'
import { ReadMostly } from '../../editor/readMostly'
import { SearchMatchView } from '../../editor/searchMatchView'
import {
  StatementView,
  statementViewKey,
  type StatementViewOptions,
} from '../../editor/statementView'
import { SuggestionView, type SuggestionViewOptions } from '../../editor/suggestionView'
import { NotesEditor } from './NotesEditor'
import { StatementForm } from '../statements/StatementForm'
import { StatementList } from '../statements/StatementList'
import { SuggestionBar } from '../suggest/SuggestionBar'
import { useSuggestedStatements } from '../suggest/useSuggestedStatements'
import type { Registry } from '../registry/useRegistry'
import { ArticleTitle } from './ArticleTitle'
import { ArticleToolbar } from './ArticleToolbar'
import { useLaidOutOnce } from './useLaidOutOnce'
import { useSearchMatches } from './useSearchMatches'
import { useOpenStatements } from './useOpenStatements'
import { useStatementLook } from './useStatementLook'
import { MetaFields } from './MetaFields'
import type { ArticleSession } from './useArticleSession'

interface WorkspaceProps {
  article: Article
  session: ArticleSession
  registry: Registry
  /** Filled with the editors' content getters for the session's saves. */
  attach: (editors: { body: Editor; notes?: Editor }) => void
  focusStatementId?: string
  /** The search the article was opened from: its words are marked, the first scrolled to. */
  searched?: { searched: string }
}

/** How long the statement list waits for typing to pause before it shows the new quotes. */
const SPANS_DELAY_MS = 300
/**
 * Paragraphs beyond which the text is drawn whole. Chromium's skipping of the paragraphs out of
 * view (content-visibility) costs it, when turned on, time that grows with their square (measured
 * here: 1,500 paragraphs ~0.26 s, 3,000 ~0.9 s, 10,000 ~10 s), more than it saves in so long a text.
 */
const SKIPPED_UP_TO = 1000

const spansOf = (editor: Editor): StatementSpan[] =>
  statementViewKey.getState(editor.state)?.spans ?? []

/** The open article: its text to read and code, the statements beside it, the analyst's notes below. */
export function ArticleWorkspace({
  article,
  session,
  registry,
  attach,
  focusStatementId,
  searched,
}: WorkspaceProps) {
  /** The statement open in the form; `asked` changes when the focus is asked for it again. */
  const [selected, setSelected] = useState<{
    id: string
    focus: boolean | 'position'
    asked?: number
  }>()
  const [spans, setSpans] = useState<StatementSpan[]>([])
  const [editing, setEditing] = useState(false)
  const [hint, setHint] = useState<string>()
  /** What a statement's form left typed and not chosen, said beside the list until it is opened again. */
  const [unchosen, setUnchosen] = useState<{ id: string; message: string }>()
  const laidOut = useLaidOutOnce()
  const skipsUnseen = laidOut && (article.body.content?.length ?? 0) <= SKIPPED_UP_TO
  const { readOnly, readOnlyMessage } = useArchiveStatus()
  const markRef = useRef<() => void>(() => {})
  const openRef = useRef<StatementViewOptions['onOpen']>(() => {})
  const escapeRef = useRef<() => boolean>(() => false)
  const suggestionRef = useRef<SuggestionViewOptions['onAction']>(() => false)
  const notesRef = useRef<Editor>(undefined)
  const spansLater = useRef<ReturnType<typeof setTimeout>>(undefined)

  const editor = useEditor({
    extensions: [
      ...documentExtensions,
      // The shortcut reads the ref when pressed, not while rendering.
      // oxlint-disable-next-line react/refs
      ReadMostly.configure({
        onMarkStatement: () => markRef.current(),
        onEscape: () => escapeRef.current(),
      }),
      // oxlint-disable-next-line react/refs
      StatementView.configure({ onOpen: (ids, at, by) => openRef.current(ids, at, by) }),
      // oxlint-disable-next-line react/refs
      SuggestionView.configure({ onAction: (action) => suggestionRef.current(action) }),
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
    // collapsed selection in the whole article first (~10 ms in a long one).
    if (editor.view.hasFocus()) editor.view.dom.blur()
    // The selection collapses so that the new statement shows in its colour and a new drag starts fresh.
    editor.chain().setStatement(id).setTextSelection(to).run()
    setHint(undefined)
    setSelected({ id, focus: true })
  }
  useLayoutEffect(() => {
    markRef.current = markStatement
    // Esc in the text closes the statement form, as it does in the form; the text keeps the focus.
    escapeRef.current = () => {
      if (!selected) return false
      setSelected(undefined)
      return true
    }
  })

  const opening = useOpenStatements({
    editor,
    statements: session.statements,
    speakers: registry.speakers,
    onSelect: setSelected,
    onHint: setHint,
  })
  useLayoutEffect(() => {
    openRef.current = opening.open
  })

  const suggested = useSuggestedStatements({
    editor,
    articleId: article.id,
    session,
    registry,
    spans,
    editing,
    readOnly,
    onOpenForm: (id) => setSelected({ id, focus: 'position' }),
    onHint: setHint,
  })
  useLayoutEffect(() => {
    suggestionRef.current = suggested.act
  })

  const look = useStatementLook(session.statements, registry, selected?.id)

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
        <header className="article-header">
          <h1 className="visually-hidden">{meta.title || 'Untitled article'}</h1>
          <ArticleTitle
            title={meta.title}
            readOnly={readOnly}
            onChange={(title) => session.setMeta({ title })}
            onDone={() => editor.commands.focus()}
          />
          <p className="article-byline">
            {[meta.source, meta.published, meta.authors.join(', ')].filter(Boolean).join(' · ') ||
              'No source or date yet'}
          </p>
          <fieldset className="plain-fieldset" disabled={readOnly}>
            <MetaFields meta={meta} onChange={session.setMeta} />
          </fieldset>
        </header>
        {/* The toolbar and what it has to say stay on screen above the text. */}
        <div className="article-controls">
          <ArticleToolbar
            editor={editor}
            articleId={article.id}
            editing={editing}
            onToggleEditing={toggleEditing}
            onMark={markStatement}
            onSuggest={() => void session.saveNow().then(suggested.refresh)}
            saveState={session.saveState}
            saveError={session.saveError}
            session={session}
          />
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
              registry={registry}
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
