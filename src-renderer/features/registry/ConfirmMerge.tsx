import { useEffect, useRef } from 'react'

interface ConfirmMergeProps {
  /** Names the group: “Merge “A” into “B””. */
  label: string
  /** What the merge will do, in the analyst's words. */
  consequence: string
  onMerge: () => void
  onCancel: () => void
}

/** Says what a merge will do before it is done: Merge (focused, so Enter confirms) or Cancel (or Esc). */
export function ConfirmMerge({ label, consequence, onMerge, onCancel }: ConfirmMergeProps) {
  const mergeButton = useRef<HTMLButtonElement>(null)
  useEffect(() => mergeButton.current?.focus(), [])
  return (
    <div
      className="confirm confirm-merge"
      role="group"
      aria-label={label}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return
        event.preventDefault()
        onCancel()
      }}
    >
      <p>{consequence}</p>
      <p className="confirm-note">You can undo it afterwards.</p>
      <span className="inline-form">
        <button type="button" className="primary" ref={mergeButton} onClick={onMerge}>
          Merge
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </span>
    </div>
  )
}
