import { Combobox, type ComboOption } from './Combobox'

/** One thing to choose in a ChoicePicker: a speaker (found by its aliases too) or a position. */
export type Choice = ComboOption

interface ChoicePickerProps {
  /** The field's accessible name. */
  label: string
  /** The chosen id, '' for none. */
  value: string
  choices: Choice[]
  /** Shown while none is chosen ("Any speaker", "Top level", "Set position…"). */
  placeholder: string
  onChange: (id: string) => void
  disabled?: boolean
}

/**
 * Chooses one speaker or position by typing a part of its name, as the statement form does: an
 * archive has thousands of speakers, too many to scroll a list for. Emptying the field chooses
 * none.
 */
export function ChoicePicker({ label, value, choices, placeholder, ...props }: ChoicePickerProps) {
  return (
    <Combobox
      label={label}
      labelHidden
      options={choices}
      selectedId={value || undefined}
      placeholder={placeholder}
      disabled={props.disabled}
      emptyPicksNone
      onPick={(id) => props.onChange(id ?? '')}
    />
  )
}

/** Speakers as choices: found by name, alias or another spelling, their kind beside them. */
export const speakerChoices = (
  speakers: { id: string; name: string; aliases?: string[]; kind?: string }[],
): Choice[] =>
  speakers.map((s) => ({
    id: s.id,
    label: s.name,
    aliases: s.aliases,
    isName: true,
    detail: s.kind,
  }))

type PositionLike = { id: string; label: string; parentId?: string }

/** Positions as choices: a sub-position with the position it is part of (among `every`) beside it. */
export const positionChoices = (positions: PositionLike[], every = positions): Choice[] => {
  const labels = new Map(every.map((p) => [p.id, p.label]))
  return positions.map((p) => ({
    id: p.id,
    label: p.label,
    detail: p.parentId && labels.has(p.parentId) ? `in ${labels.get(p.parentId)}` : undefined,
  }))
}
