import type { RefObject } from 'react'
import type { ArticleSummary } from '../../../src-main/shared/model'

interface DuplicateNoticeProps {
  duplicate: ArticleSummary | undefined
  /** The button that opens it: the form's default, so Enter (or Ctrl+Enter in the text) opens it. */
  openButton: RefObject<HTMLButtonElement | null>
  busy: boolean
  onImportCopy: () => void
}

/**
 * Says that the pasted text is already in the archive, and offers to open that article (the
 * likely wish: it was forgotten) or to import a copy anyway. Always there, empty, so that a
 * screen reader hears it when it fills.
 */
export function DuplicateNotice({
  duplicate,
  openButton,
  busy,
  onImportCopy,
}: DuplicateNoticeProps) {
  const details = duplicate && [duplicate.source, duplicate.published].filter(Boolean).join(', ')
  return (
    <div className={`duplicate-region${duplicate ? ' duplicate-notice' : ''}`}>
      <p role="status">
        {duplicate &&
          `This text is already in the archive as “${duplicate.title}”${details ? ` (${details})` : ''}.`}
      </p>
      {duplicate && (
        <div className="duplicate-actions">
          <button type="submit" className="primary" ref={openButton}>
            Open the article in the archive
          </button>
          <button type="button" disabled={busy} onClick={onImportCopy}>
            {busy ? 'Importing…' : 'Import a copy'}
          </button>
        </div>
      )}
    </div>
  )
}
