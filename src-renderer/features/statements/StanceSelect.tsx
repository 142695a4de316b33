import type { Stance } from '../../../src-main/shared/model'
import { STANCES } from '../../../src-main/shared/vocabulary'

interface StanceSelectProps {
  /** The field's accessible name, where no visible label wraps it. */
  label?: string
  /** What the empty choice says ("Any stance", "Set stance…"). */
  placeholder: string
  value: Stance | ''
  onChange: (stance: Stance | '') => void
  disabled?: boolean
}

/** One of the three stances, or none, from a list. */
export function StanceSelect({ label, placeholder, value, onChange, disabled }: StanceSelectProps) {
  return (
    <select
      aria-label={label}
      disabled={disabled}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value as Stance | '')}
    >
      <option value="">{placeholder}</option>
      {STANCES.map((stance) => (
        <option key={stance} value={stance}>
          {stance}
        </option>
      ))}
    </select>
  )
}
