import { useEffect } from 'react'
import type { ImportFileResult } from '../../../src-main/shared/contract'
import { SampleOffer } from '../articles/sample/SampleOffer'
import { useSampleOffer } from '../articles/sample/useSampleOffer'
import type { BatchImport } from './useBatchImport'

const STATUS_WORDS: Record<ImportFileResult['status'], string> = {
  imported: 'Imported',
  duplicate: 'Skipped: duplicate',
  failed: 'Failed',
}

function summary(batch: BatchImport): string {
  const count = (status: ImportFileResult['status']) =>
    batch.results.filter((result) => result.status === status).length
  const parts = [`${count('imported')} imported`]
  if (count('duplicate') > 0) parts.push(`${count('duplicate')} skipped as duplicates`)
  if (count('failed') > 0) parts.push(`${count('failed')} failed`)
  const left = batch.total - batch.results.length
  if (left > 0) parts.push(`${left} not imported (cancelled)`)
  return `${parts.join(', ')}.`
}

interface BatchReportProps {
  batch: BatchImport
  onCancel: () => void
  onClose: () => void
  onOpen: (articleId: string) => void
}

/** A batch import under way (a progress bar and Cancel), then what became of each file. */
export function BatchReport({ batch, onCancel, onClose, onOpen }: BatchReportProps) {
  const done = batch.results.length
  const sampleOffer = useSampleOffer()
  const { imported } = sampleOffer
  const importedNow = batch.finished
    ? batch.results.filter((result) => result.status === 'imported').length
    : 0
  useEffect(() => void imported(importedNow), [imported, importedNow])
  return (
    <div className="batch-import">
      {!batch.finished ? (
        <>
          <progress
            value={done}
            max={batch.total}
            aria-label="Import progress"
            aria-valuetext={`${done} of ${batch.total} files`}
          />
          <p role="status" className="batch-status">
            {batch.cancelled
              ? 'Stopping after this file…'
              : `Importing ${done + 1} of ${batch.total}: ${batch.current ?? ''}`}
          </p>
        </>
      ) : (
        <p role="status" className="batch-status">
          {summary(batch)}
        </p>
      )}
      {done > 0 && (
        <div className="batch-results">
          <table aria-label="Imported files">
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">Result</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {batch.results.map((result, index) => (
                <tr key={index} className={`batch-${result.status}`}>
                  <td className="batch-name">{result.name}</td>
                  <td>{STATUS_WORDS[result.status]}</td>
                  <td>
                    {result.articleId && result.status === 'imported' ? (
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => onOpen(result.articleId!)}
                      >
                        {result.title}
                      </button>
                    ) : (
                      result.message
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {sampleOffer.offer && <SampleOffer sample={sampleOffer.offer} onKeep={sampleOffer.dismiss} />}
      <div className="form-actions">
        <span />
        {batch.finished ? (
          <button type="button" className="primary" onClick={onClose}>
            Close
          </button>
        ) : (
          <button type="button" onClick={onCancel} disabled={batch.cancelled}>
            Cancel
          </button>
        )}
      </div>
    </div>
  )
}
