import { useState, type Ref } from 'react'
import { ChoicePicker, type Choice } from '../../ui/ChoicePicker'

/** "Merge into…" a chosen other entry, then "Merge…", which asks first (see ConfirmMerge). */
export function MergeControl({
  others,
  onChoose,
  buttonRef,
}: {
  others: Choice[]
  onChoose: (into: Choice) => void
  buttonRef?: Ref<HTMLButtonElement>
}) {
  const [into, setInto] = useState('')
  const chosen = others.find((other) => other.id === into)
  return (
    <span className="inline-form">
      <ChoicePicker
        label="Merge into"
        placeholder="Merge into…"
        value={into}
        choices={others}
        onChange={setInto}
      />
      <button
        type="button"
        ref={buttonRef}
        disabled={!chosen}
        onClick={() => chosen && onChoose(chosen)}
      >
        Merge…
      </button>
    </span>
  )
}
