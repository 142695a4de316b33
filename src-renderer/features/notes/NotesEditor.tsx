import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react'
import { useEffect, useState } from 'react'
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
  const tool = (label: string, pressed: boolean, run: () => void, text: string) => (
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
      {tool('Bulleted list', active.bullet, () => chain().toggleBulletList().run(), '•')}
      {tool('Numbered list', active.ordered, () => chain().toggleOrderedList().run(), '1.')}
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
