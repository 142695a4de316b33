import { useState } from 'react'
import { messageOf } from '../../../src-main/shared/errors'
import { FormError } from '../../ui/FormError'

/** A merge just made: what it did, and how to undo it. */
export interface MergeDone {
  /** The entry the other was merged into. */
  keptId: string
  /** What the merge did, in a sentence. */
  message: string
  /** Undoes it: what that did, in a sentence, and the entry that is back. */
  undo: () => Promise<{ message: string; restoredId: string }>
}

/**
 * Says what a merge did, with a button to undo it; then that it was undone, or why it could not
 * be. Shown by the view, so it stays while the kept entry opens in the merged one's place.
 */
export function MergeNotice({
  done,
  onUndone,
}: {
  done: MergeDone
  onUndone: (restoredId: string) => void
}) {
  const [undone, setUndone] = useState<string>()
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)

  if (undone)
    return (
      <p className="hint merge-notice" role="status">
        {undone}
      </p>
    )
  const undo = async () => {
    setBusy(true)
    setError(undefined)
    try {
      const { message, restoredId } = await done.undo()
      setUndone(message)
      onUndone(restoredId)
    } catch (caught) {
      setError(messageOf(caught))
    } finally {
      setBusy(false)
    }
  }
  return (
    <div className="merge-notice">
      <p className="hint" role="status">
        {done.message}{' '}
        <button type="button" disabled={busy} onClick={() => void undo()}>
          Undo merge
        </button>
      </p>
      <FormError message={error} />
    </div>
  )
}

/**
 * The notice of the last merge made in a registry view (`merged` records one): each merge shows
 * afresh; `onUndone` is told the entry back and the one it had been merged into.
 */
export function useMergeNotice(onUndone: (restoredId: string, keptId: string) => void) {
  const [merged, setMerged] = useState<{ done: MergeDone; count: number }>()
  const notice = merged && (
    <MergeNotice
      key={merged.count}
      done={merged.done}
      onUndone={(restoredId) => onUndone(restoredId, merged.done.keptId)}
    />
  )
  const record = (done: MergeDone) =>
    setMerged((before) => ({ done, count: (before?.count ?? 0) + 1 }))
  return { notice, merged: record }
}
