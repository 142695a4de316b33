import { useState, type ReactNode } from 'react'
import { ChoicePicker, type Choice } from '../../ui/ChoicePicker'

interface DeleteWithCareProps {
  /** Names the group: what is being deleted and that statements use it. */
  label: string
  /** Says how many statements use it and asks what should happen to them. */
  question: ReactNode
  others: Choice[]
  /** The picker's label and what it shows empty, e.g. "Reassign statements to" / "Choose a speaker…". */
  reassignLabel: string
  reassignPlaceholder: string
  /** The buttons: e.g. "Reassign and delete", "Leave statements without a speaker and delete". */
  reassignAction: string
  clearAction: string
  onReassign: (id: string) => void
  onClear: () => void
  onCancel: () => void
}

/** What deleting a speaker or position that statements use asks: reassign them, or clear them. */
export function DeleteWithCare(props: DeleteWithCareProps) {
  const [reassignTo, setReassignTo] = useState('')
  return (
    <div className="confirm" role="group" aria-label={props.label}>
      <p>{props.question}</p>
      <span className="inline-form">
        <ChoicePicker
          label={props.reassignLabel}
          placeholder={props.reassignPlaceholder}
          value={reassignTo}
          choices={props.others}
          onChange={setReassignTo}
        />
        <button type="button" disabled={!reassignTo} onClick={() => props.onReassign(reassignTo)}>
          {props.reassignAction}
        </button>
      </span>
      <button type="button" className="danger" onClick={props.onClear}>
        {props.clearAction}
      </button>
      <button type="button" onClick={props.onCancel}>
        Cancel
      </button>
    </div>
  )
}
