import { useEffect, useRef, useState, type FormEvent } from 'react'
import type { Stance, Statement } from '../../../src-main/shared/model'
import { PositionPicker, SpeakerPicker } from '../registry/RegistryPickers'
import { StanceSelect } from '../statements/StanceSelect'

export interface ConsensusEdit {
  speakerId: string | null
  positionId: string | null
  stance: Stance | null
}

interface EditConsensusProps {
  /** What the form starts from: the consensus so far, or the version it edits. */
  from: Statement
  /** Whose version it edits, named in the form's heading. */
  base: string
  onSave: (edit: ConsensusEdit) => void
  onCancel: () => void
}

/** The consensus as a coder's version changed: speaker, position and stance. */
export function EditConsensus({ from, base, onSave, onCancel }: EditConsensusProps) {
  const [speakerId, setSpeakerId] = useState(from.speakerId ?? '')
  const [positionId, setPositionId] = useState(from.positionId ?? '')
  const [stance, setStance] = useState<Stance | ''>(from.stance ?? '')
  const form = useRef<HTMLFormElement>(null)
  useEffect(() => form.current?.querySelector<HTMLElement>('input, select')?.focus(), [])

  const save = (event: FormEvent) => {
    event.preventDefault()
    onSave({ speakerId: speakerId || null, positionId: positionId || null, stance: stance || null })
  }
  return (
    <form
      ref={form}
      className="edit-consensus"
      aria-label="Edit the consensus"
      onSubmit={save}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented) onCancel()
      }}
    >
      <h3>Edit the consensus, from {base}</h3>
      <label>
        Speaker
        <SpeakerPicker
          label="Consensus speaker"
          placeholder="No speaker"
          value={speakerId}
          onChange={setSpeakerId}
        />
      </label>
      <label>
        Position
        <PositionPicker
          label="Consensus position"
          placeholder="No position"
          value={positionId}
          onChange={setPositionId}
        />
      </label>
      <label>
        Stance
        <StanceSelect placeholder="No stance" value={stance} onChange={setStance} />
      </label>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary">
          Save the consensus
        </button>
      </div>
    </form>
  )
}
