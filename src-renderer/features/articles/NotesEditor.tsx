import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react'
import { useEffect, useState, type ReactNode } from 'react'
import { documentExtensions } from '../../../src-main/shared/document'
import type { DocJSON } from '../../../src-main/shared/model'

interface NotesEditorProps {
  content: DocJSON
  onReady: (editor: Editor) => void
  onChange: () => void
  /** False while the archive is read-only here. @default true */
  editable?: boolean
}

/** The analyst's own notes on the article: headings, lists, links, bold and italic. */
export function NotesEditor({ content, onReady, onChange, editable = true }: NotesEditorProps) {
  const editor = useEditor({
    extensions: documentExtensions,
    content,
    editable,
    editorProps: { attributes: { class: 'notes-text prose', 'aria-label': 'Analyst notes' } },
    onUpdate: ({ transaction }) => {
      if (transaction.docChanged) onChange()
    },
  })
  useEffect(() => onReady(editor), [editor, onReady])

  return (
    <section className="notes" aria-label="Notes">
      <h2>Analyst notes</h2>
      {editable && <NotesToolbar editor={editor} />}
      <EditorContent editor={editor} />
    </section>
  )
}

/** A list's look drawn rather than written, so the button's name is its only words. */
const listIcon = (marks: ReactNode) => (
  <svg className="tool-icon" aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
    <g fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round">
      <path d="M7 4.5h7.5M7 11.5h7.5" />
      {marks}
    </g>
  </svg>
)
const BULLETS = listIcon(
  <>
    <circle cx="3" cy="4.5" r="1.1" fill="currentColor" />
    <circle cx="3" cy="11.5" r="1.1" fill="currentColor" />
  </>,
)
const NUMBERS = listIcon(
  <path d="M2.2 3.4 3.6 2.3v4.5M1.9 9.6c.3-1.3 3-1.4 2.9.2-.1 1.1-2.8 2-2.9 3.6h3" />,
)

function NotesToolbar({ editor }: { editor: Editor }) {
  const [linking, setLinking] = useState(false)
  const [href, setHref] = useState('')
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      heading: e.isActive('heading'),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      link: e.isActive('link'),
    }),
  })
  const chain = () => editor.chain().focus()
  // A click leaves the keyboard in the notes: the editor gives focus back only a frame later, and
  // a key typed meanwhile (right after clicking Bulleted list, on a busy machine) went nowhere.
  const tool = (label: string, pressed: boolean, run: () => void, text: ReactNode) => (
    <button
      type="button"
      aria-label={label}
      aria-pressed={pressed}
      title={label}
      onMouseDown={(e) => e.preventDefault()}
      onClick={run}
    >
      {text}
    </button>
  )
  const applyLink = () => {
    if (href.trim() === '') chain().unsetLink().run()
    else chain().extendMarkRange('link').setLink({ href: href.trim() }).run()
    setLinking(false)
  }

  return (
    <div className="toolbar notes-toolbar" role="toolbar" aria-label="Notes formatting">
      {tool('Heading', active.heading, () => chain().toggleHeading({ level: 1 }).run(), 'H')}
      {tool('Bold', active.bold, () => chain().toggleBold().run(), 'B')}
      {tool('Italic', active.italic, () => chain().toggleItalic().run(), 'I')}
      {tool('Bulleted list', active.bullet, () => chain().toggleBulletList().run(), BULLETS)}
      {tool('Numbered list', active.ordered, () => chain().toggleOrderedList().run(), NUMBERS)}
      {tool(
        'Link',
        active.link,
        () => {
          setHref((editor.getAttributes('link').href as string | undefined) ?? 'https://')
          setLinking((open) => !open)
        },
        'Link',
      )}
      {linking && (
        <input
          aria-label="Link address"
          value={href}
          autoFocus
          onChange={(e) => setHref(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault()
              applyLink()
            } else if (e.key === 'Escape') setLinking(false)
          }}
        />
      )}
    </div>
  )
}
