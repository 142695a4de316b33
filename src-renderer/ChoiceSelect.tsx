/** One thing to choose in a ChoiceSelect: a speaker, a position, a stance. */
export interface Choice {
  id: string
  label: string
}

interface ChoiceSelectProps {
  label: string
  value: string
  choices: Choice[]
  /** The first option, standing for "none chosen" (value ''). */
  placeholder: string
  onChange: (id: string) => void
  disabled?: boolean
}

/** A select over speakers, positions or other named things, with a "none chosen" first option. */
export function ChoiceSelect({ label, value, choices, placeholder, ...props }: ChoiceSelectProps) {
  return (
    <select
      aria-label={label}
      value={value}
      disabled={props.disabled}
      onChange={(e) => props.onChange(e.currentTarget.value)}
    >
      <option value="">{placeholder}</option>
      {choices.map((choice) => (
        <option key={choice.id} value={choice.id}>
          {choice.label}
        </option>
      ))}
    </select>
  )
}

export const speakerChoices = (speakers: { id: string; name: string }[]): Choice[] =>
  speakers.map((s) => ({ id: s.id, label: s.name }))

export const positionChoices = (positions: { id: string; label: string }[]): Choice[] =>
  positions.map((p) => ({ id: p.id, label: p.label }))
