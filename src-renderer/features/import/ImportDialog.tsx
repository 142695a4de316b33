import { commaList } from '../../ui/commaList'
import { useEffect, useRef, useState } from 'react'
import { api } from '../../api'
import { BatchReport } from './BatchReport'
import { droppedFiles, pickedFiles, type ChosenFile } from './chosenFiles'
import { DuplicateNotice } from './DuplicateNotice'
import { readFileBase64 } from './readFileBase64'
import { useBatchImport } from './useBatchImport'
import { usePastedDuplicate } from './usePastedDuplicate'
import { usePastedTitle } from './usePastedTitle'
import { messageOf } from '../../../src-main/shared/errors'
import { FormError } from '../../ui/FormError'

interface ImportDialogProps {
  /** Files dropped on the window, to import straight away. */
  droppedFiles?: ChosenFile[]
  /** The article just imported, to open. */
  onImported: (articleId: string) => void
  /** An article already in the archive, to open (the one pasted again, one of a batch's). */
  onOpen: (articleId: string) => void
  onClose: () => void
}

type Mode = 'paste' | 'files' | 'folder'

const MAX_BYTES = 20 * 1024 * 1024
const ACCEPT = '.txt,.text,.md,.markdown,.html,.htm,.docx,.pdf'
const FORMATS = '.txt, .md, .html, .docx or .pdf'

/**
 * Import an article from pasted text or a file, with its details; or many files, or a folder,
 * each with the details found in it, with progress and a report per file.
 */
export function ImportDialog({
  droppedFiles: dropped,
  onImported,
  onOpen,
  onClose,
}: ImportDialogProps) {
  const [mode, setMode] = useState<Mode>(dropped ? 'files' : 'paste')
  const [files, setFiles] = useState<ChosenFile[]>(dropped ?? [])
  const [text, setText] = useState('')
  const [fields, setFields] = useState({
    source: '',
    url: '',
    authors: '',
    published: '',
    tags: '',
  })
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const dialog = useRef<HTMLDialogElement>(null)
  const textBox = useRef<HTMLTextAreaElement>(null)
  const openButton = useRef<HTMLButtonElement>(null)
  const { batch, start, cancel } = useBatchImport()
  const many = mode !== 'paste' && (files.length > 1 || mode === 'folder')
  const pasting = mode === 'paste'
  const { title, setTitle, firstLineIsTitle, setFirstLineIsTitle } = usePastedTitle(
    pasting ? text : undefined,
  )
  const { duplicate: knownDuplicate, check } = usePastedDuplicate(pasting ? text : '')
  const duplicate = pasting ? knownDuplicate : undefined
  const [showingDuplicate, setShowingDuplicate] = useState(false)

  useEffect(() => {
    dialog.current?.showModal()
    // Where the work starts: the text to paste (the dialog would focus its first tab).
    textBox.current?.focus()
  }, [])

  // A duplicate found when the analyst asked to import: the way on is to open it, one key away.
  useEffect(() => {
    if (showingDuplicate && duplicate) openButton.current?.focus()
  }, [showingDuplicate, duplicate])

  const choose = (next: Mode) => {
    if (next !== mode) setFiles([])
    setMode(next)
  }

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

  const submit = async (copy = false) => {
    if (busy) return
    setError(undefined)
    if (duplicate && !copy) return onOpen(duplicate.id)
    if (mode !== 'paste' && files.length === 0) {
      return setError(mode === 'folder' ? 'Choose a folder.' : `Choose a ${FORMATS} file.`)
    }
    if (many) return void start(files)
    const meta = {
      ...(title.trim() && { title: title.trim() }),
      source: fields.source.trim(),
      url: fields.url.trim(),
      authors: commaList(fields.authors),
      published: fields.published,
      tags: commaList(fields.tags),
    }
    if (pasting && !text.trim()) return setError('Paste the text of the article.')
    const file = files[0]?.file
    if (file && mode !== 'paste' && file.size > MAX_BYTES) {
      return setError(
        `“${file.name}” is ${(file.size / 1024 / 1024).toFixed(1)} MB; Stancemark imports files up to 20 MB.`,
      )
    }
    setBusy(true)
    try {
      if (pasting && !copy && (await check())) return setShowingDuplicate(true)
      const input =
        pasting || !file
          ? { text, meta, firstLineIsTitle }
          : { file: { name: file.name, base64: await readFileBase64(file) }, meta }
      const article = await api.importArticle(input)
      onImported(article.id)
    } catch (caught) {
      setError(messageOf(caught))
    } finally {
      setBusy(false)
    }
  }

  const chosen =
    files.length === 0
      ? undefined
      : files.length === 1
        ? `Chosen: ${files[0].path}`
        : `Chosen: ${files.length} files`

  return (
    <dialog
      ref={dialog}
      className="import-dialog"
      aria-label="Import article"
      onClose={onClose}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault()
        e.stopPropagation()
        if (batch) return
        void droppedFiles(e.dataTransfer).then((list) => {
          if (list.length === 0) return
          setMode('files')
          setFiles(list)
        })
      }}
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault()
          void submit()
        }}
        onKeyDown={(e) => {
          // From the text box too, where Enter is a new line.
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !batch) {
            e.preventDefault()
            e.currentTarget.requestSubmit()
          }
        }}
      >
        <h2>Import article</h2>
        {batch ? (
          <BatchReport
            batch={batch}
            onCancel={cancel}
            onClose={() => dialog.current?.close()}
            onOpen={onOpen}
          />
        ) : (
          <>
            <div className="segmented" role="tablist" aria-label="Import from">
              {(
                [
                  ['paste', 'Paste text'],
                  ['files', 'Files'],
                  ['folder', 'Folder'],
                ] as const
              ).map(([value, label]) => (
                <button
                  key={value}
                  type="button"
                  role="tab"
                  aria-selected={mode === value}
                  onClick={() => choose(value)}
                >
                  {label}
                </button>
              ))}
            </div>
            {pasting && (
              <label>
                Article text
                <textarea
                  ref={textBox}
                  name="text"
                  rows={8}
                  value={text}
                  aria-keyshortcuts="Control+Enter"
                  onChange={(e) => {
                    setText(e.currentTarget.value)
                    setShowingDuplicate(false)
                  }}
                />
              </label>
            )}
            {mode === 'files' && (
              <label className="file-drop">
                {chosen ?? `Choose or drop one or more ${FORMATS} files`}
                <input
                  type="file"
                  multiple
                  accept={ACCEPT}
                  onChange={(e) => setFiles(pickedFiles(e.currentTarget.files))}
                />
              </label>
            )}
            {mode === 'folder' && (
              <label className="file-drop">
                {chosen ?? 'Choose or drop a folder: every file in it is imported'}
                <input
                  type="file"
                  // Not in React's types: the attribute that makes the input pick a folder.
                  {...{ webkitdirectory: '' }}
                  onChange={(e) => setFiles(pickedFiles(e.currentTarget.files))}
                />
              </label>
            )}
            {!many && (
              <label>
                {pasting
                  ? 'Title (the first line if empty)'
                  : 'Title (taken from the file if empty)'}
                <input
                  type="text"
                  name="title"
                  value={title}
                  onChange={(e) => setTitle(e.currentTarget.value)}
                />
              </label>
            )}
            {firstLineIsTitle !== undefined && (
              <label className="check">
                <input
                  type="checkbox"
                  checked={firstLineIsTitle}
                  onChange={(e) => setFirstLineIsTitle(e.currentTarget.checked)}
                />
                The first line is the headline: leave it out of the text
              </label>
            )}
            {pasting && (
              <DuplicateNotice
                duplicate={duplicate}
                openButton={openButton}
                busy={busy}
                onImportCopy={() => void submit(true)}
              />
            )}
            {many ? (
              <p className="hint">
                Each file becomes an article with the title, source, authors and date found in it.
                Files already in the archive are skipped.
              </p>
            ) : (
              <div className="meta-grid">
                {field('source', 'Source (publication)')}
                {field('published', 'Published', 'date')}
                {field('url', 'URL', 'url')}
                {field('authors', 'Authors (comma-separated)')}
                {field('tags', 'Tags (comma-separated)')}
              </div>
            )}
            <FormError message={error} />
            <div className="form-actions">
              <button type="button" onClick={() => dialog.current?.close()}>
                Cancel
              </button>
              {!duplicate && (
                <button
                  type="submit"
                  className="primary"
                  disabled={busy}
                  title={pasting ? 'Import (Ctrl+Enter from the text)' : undefined}
                >
                  {busy
                    ? 'Importing…'
                    : many && files.length > 0
                      ? `Import ${files.length} files`
                      : 'Import'}
                </button>
              )}
            </div>
          </>
        )}
      </form>
    </dialog>
  )
}
