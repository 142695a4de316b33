import { CODER_COLORS, colorName } from '../../../src-main/shared/coderColors'

interface ColorChoicesProps {
  /** The group's name ("Your colour"). */
  label: string
  value: string
  onChange: (color: string) => void
}

/** A coder's colour from the palette, as radio buttons; a colour from elsewhere stays offered. */
export function ColorChoices({ label, value, onChange }: ColorChoicesProps) {
  const own = CODER_COLORS.some((c) => c.color.toLowerCase() === value.toLowerCase())
  const choices = own ? CODER_COLORS : [...CODER_COLORS, { color: value, name: colorName(value) }]
  return (
    <fieldset className="color-choices">
      <legend>{label}</legend>
      {choices.map(({ color, name }) => (
        <label key={color} className="color-choice" title={name}>
          <input
            type="radio"
            name={label}
            value={color}
            checked={color.toLowerCase() === value.toLowerCase()}
            onChange={() => onChange(color)}
          />
          <span className="coder-swatch" style={{ background: color }} aria-hidden />
          <span className="visually-hidden">{name}</span>
        </label>
      ))}
    </fieldset>
  )
}
