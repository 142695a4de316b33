import { useState } from 'react'
import { ChoicePicker, type Choice } from '../../ChoicePicker'

/** "Merge into…" a chosen other entry, then the Merge button. */
export function MergeControl({
  others,
  onMerge,
}: {
  others: Choice[]
  onMerge: (id: string) => void
}) {
  const [into, setInto] = useState('')
  return (
    <span className="inline-form">
      <ChoicePicker
        label="Merge into"
        placeholder="Merge into…"
        value={into}
        choices={others}
        onChange={setInto}
      />
      <button type="button" disabled={!into} onClick={() => onMerge(into)}>
        Merge
      </button>
    </span>
  )
}
