import { useRef, useState } from 'react'
import type { AnnotationImportReport } from '../../../src-main/shared/contract'
import { api } from '../../api'
import { saveExportedFile } from '../export/saveExportedFile'
import type { ArticleSession } from '../articles/useArticleSession'
import { useToolbarMenu } from '../articles/useToolbarMenu'
import { counted } from '../../ui/counted'
import { messageOf } from '../../../src-main/shared/errors'

interface AnnotationsMenuProps {
  articleId: string
  readOnly: boolean
  session: Pick<ArticleSession, 'saveNow' | 'besideSaves' | 'reload' | 'holdChanges'>
  /** A short message for the toolbar: the file exported, or what went wrong. */
  onMessage: (message: string | undefined) => void
}

const shorten = (quote: string) => (quote.length > 80 ? `${quote.slice(0, 79)}…` : quote)
const statements = (count: number) => counted(count, 'statement', 'statements')

const IMPORTING =
  'Annotations are being imported into this article; it can be changed again in a moment.'

/** What an import of annotations did, in a sentence or two for the article's banner. */
export function importMessage(report: AnnotationImportReport): string {
  const parts = [`Imported annotations: placed ${statements(report.placed)}.`]
  if (report.alreadyThere > 0)
    parts.push(`${statements(report.alreadyThere)} already in this article left as they are.`)
  if (report.unplaced.length > 0) {
    const list = report.unplaced
      .map((missing) => `“${shorten(missing.quote)}” (${missing.reason})`)
      .join('; ')
    parts.push(`Could not place ${report.unplaced.length}: ${list}.`)
  }
  return parts.join(' ')
}

/** The article's W3C Web Annotations: export them as JSON-LD, or import a file of them onto it. */
export function AnnotationsMenu({ articleId, readOnly, session, onMessage }: AnnotationsMenuProps) {
  const [busy, setBusy] = useState(false)
  const picker = useRef<HTMLInputElement>(null)

  const run = async (work: () => Promise<string | undefined>) => {
    setBusy(true)
    onMessage(undefined)
    try {
      onMessage(await work())
    } catch (error) {
      onMessage(messageOf(error))
    } finally {
      setBusy(false)
    }
  }

  const exportAnnotations = () =>
    run(async () => saveExportedFile(await api.exportArticle(articleId, 'web-annotation')))

  const importAnnotations = (file: File) =>
    run(async () => {
      const json = await file.text()
      await session.holdChanges(IMPORTING, async () => {
        await session.saveNow()
        // Beside the saves, so this window does not take its own change for someone else's.
        const report = await session.besideSaves(() => api.importAnnotations(articleId, json))
        // The banner of the reloaded article says what happened; the toolbar need not.
        await session.reload(importMessage(report))
      })
      return undefined
    })

  const { menu, close } = useToolbarMenu()

  return (
    <>
      <details className="toolbar-menu" ref={menu}>
        <summary>{busy ? 'Working…' : 'Annotations'}</summary>
        <div role="menu" aria-label="Annotations">
          <button
            type="button"
            role="menuitem"
            disabled={busy}
            onClick={() => {
              close()
              void exportAnnotations()
            }}
          >
            Export W3C annotations (JSON-LD)
          </button>
          <button
            type="button"
            role="menuitem"
            disabled={busy || readOnly}
            onClick={() => {
              close()
              picker.current?.click()
            }}
          >
            Import annotations…
          </button>
        </div>
      </details>
      <input
        ref={picker}
        type="file"
        accept=".jsonld,.json,application/ld+json,application/json"
        aria-label="Annotations file to import"
        hidden
        onChange={(e) => {
          const file = e.currentTarget.files?.[0]
          e.currentTarget.value = ''
          if (file) void importAnnotations(file)
        }}
      />
    </>
  )
}
