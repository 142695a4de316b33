import { useState } from 'react'
import type { ExportedFile } from '../../../src-main/shared/contract'
import { api } from '../../api'
import { saveExportedFile } from './saveExportedFile'
import { useToolbarMenu } from '../articles/useToolbarMenu'
import { messageOf } from '../../../src-main/shared/errors'

interface ArticleExportMenuProps {
  articleId: string
  /** A short message for the toolbar: the file exported, or what went wrong. */
  onMessage: (message: string | undefined) => void
}

const CHOICES: { label: string; file: (articleId: string) => Promise<ExportedFile> }[] = [
  { label: 'Markdown note', file: (id) => api.exportArticle(id, 'markdown') },
  {
    label: 'Statements as CSV',
    file: (id) => api.exportStatements({ articleId: id }, { format: 'csv', excel: false }),
  },
  {
    label: 'Statements as CSV for Excel',
    file: (id) => api.exportStatements({ articleId: id }, { format: 'csv', excel: true }),
  },
]

/** The article out: as an Obsidian note, or its statements as a table. */
export function ArticleExportMenu({ articleId, onMessage }: ArticleExportMenuProps) {
  const [busy, setBusy] = useState(false)
  const { menu, close } = useToolbarMenu()

  const run = async (file: () => Promise<ExportedFile>) => {
    close()
    setBusy(true)
    onMessage(undefined)
    try {
      onMessage(await saveExportedFile(await file()))
    } catch (error) {
      onMessage(messageOf(error))
    } finally {
      setBusy(false)
    }
  }

  return (
    <details className="toolbar-menu" ref={menu}>
      <summary>{busy ? 'Exporting…' : 'Export'}</summary>
      <div role="menu" aria-label="Export this article">
        {CHOICES.map((choice) => (
          <button
            key={choice.label}
            type="button"
            role="menuitem"
            disabled={busy}
            onClick={() => void run(() => choice.file(articleId))}
          >
            {choice.label}
          </button>
        ))}
      </div>
    </details>
  )
}
