import { commaList } from '../../commaList'
import { useEffect, useRef, useState } from 'react'
import { api } from '../../api'
import { readFileBase64 } from './readFileBase64'

interface ImportDialogProps {
  /** A file dropped on the window, to import straight away. */
  droppedFile?: File
  onImported: (articleId: string) => void
  onClose: () => void
}

const MAX_BYTES = 20 * 1024 * 1024

/** Import an article from pasted text or a .txt, .md or .html file, with its details. */
export function ImportDialog({ droppedFile, onImported, onClose }: ImportDialogProps) {
  const [mode, setMode] = useState<'paste' | 'file'>(droppedFile ? 'file' : 'paste')
  const [file, setFile] = useState<File | undefined>(droppedFile)
  const [text, setText] = useState('')
  const [fields, setFields] = useState({
    title: '',
    source: '',
    url: '',
    authors: '',
    published: '',
    tags: '',
  })
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const dialog = useRef<HTMLDialogElement>(null)

  useEffect(() => {
    dialog.current?.showModal()
  }, [])

  const field = (name: keyof typeof fields, label: string, type = 'text') => (
    <label>
      {label}
      <input
        type={type}
        name={name}
        value={fields[name]}
        onChange={(e) => setFields({ ...fields, [name]: e.currentTarget.value })}
      />
    </label>
  )

  const submit = async () => {
    setError(undefined)
    const meta = {
      ...(fields.title.trim() && { title: fields.title.trim() }),
      source: fields.source.trim(),
      url: fields.url.trim(),
      authors: commaList(fields.authors),
      published: fields.published,
      tags: commaList(fields.tags),
    }
    if (mode === 'paste' && !meta.title) return setError('Give the article a title.')
    if (mode === 'paste' && !text.trim()) return setError('Paste the text of the article.')
    if (mode === 'file' && !file) return setError('Choose a .txt, .md or .html file.')
    if (file && mode === 'file' && file.size > MAX_BYTES) {
      return setError(
        `“${file.name}” is ${(file.size / 1024 / 1024).toFixed(1)} MB; Stancemark imports files up to 20 MB.`,
      )
    }
    setBusy(true)
    try {
      const input =
        mode === 'paste'
          ? { text, meta }
          : { file: { name: file!.name, base64: await readFileBase64(file!) }, meta }
      const article = await api.importArticle(input)
      onImported(article.id)
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught))
    } finally {
      setBusy(false)
    }
  }

  return (
    <dialog
      ref={dialog}
      className="import-dialog"
      aria-label="Import article"
      onClose={onClose}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault()
        const dropped = e.dataTransfer.files[0]
        if (dropped) {
          setFile(dropped)
          setMode('file')
        }
      }}
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault()
          void submit()
        }}
      >
        <h2>Import article</h2>
        <div className="segmented" role="tablist" aria-label="Import from">
          <button
            type="button"
            role="tab"
            aria-selected={mode === 'paste'}
            onClick={() => setMode('paste')}
          >
            Paste text
          </button>
          <button
            type="button"
            role="tab"
            aria-selected={mode === 'file'}
            onClick={() => setMode('file')}
          >
            File
          </button>
        </div>
        {field('title', mode === 'file' ? 'Title (taken from the file if empty)' : 'Title')}
        {mode === 'paste' ? (
          <label>
            Article text
            <textarea
              name="text"
              rows={10}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
            />
          </label>
        ) : (
          <label className="file-drop">
            {file ? `Chosen: ${file.name}` : 'Choose or drop a .txt, .md or .html file'}
            <input
              type="file"
              accept=".txt,.text,.md,.markdown,.html,.htm"
              onChange={(e) => setFile(e.currentTarget.files?.[0])}
            />
          </label>
        )}
        <div className="meta-grid">
          {field('source', 'Source (publication)')}
          {field('published', 'Published', 'date')}
          {field('url', 'URL', 'url')}
          {field('authors', 'Authors (comma-separated)')}
          {field('tags', 'Tags (comma-separated)')}
        </div>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="form-actions">
          <button type="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Importing…' : 'Import'}
          </button>
        </div>
      </form>
    </dialog>
  )
}
