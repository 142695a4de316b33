import { ChoicePicker, positionChoices, speakerChoices } from '../../ui/ChoicePicker'
import { useRegistry } from './RegistryProvider'

interface RegistryPickerProps {
  /** The field's accessible name. */
  label: string
  /** Shown while none is chosen ("Any speaker", "Set position…"). */
  placeholder: string
  /** The chosen id, '' for none. */
  value: string
  onChange: (id: string) => void
  disabled?: boolean
}

/** Chooses one of the archive's speakers by typing a part of a name or alias. */
export function SpeakerPicker(props: RegistryPickerProps) {
  const { speakers } = useRegistry()
  return <ChoicePicker {...props} choices={speakerChoices(speakers)} />
}

/** Chooses one of the codebook's positions by typing a part of its label. */
export function PositionPicker(props: RegistryPickerProps) {
  const { positions } = useRegistry()
  return <ChoicePicker {...props} choices={positionChoices(positions)} />
}
