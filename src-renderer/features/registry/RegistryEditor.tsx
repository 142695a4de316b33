import { useRef, useState, type ReactNode } from 'react'
import type { Choice } from '../../ui/ChoicePicker'
import { counted } from '../../ui/counted'
import { ConfirmMerge } from './ConfirmMerge'
import { DeleteWithCare } from './DeleteWithCare'
import { MergeControl } from './MergeControl'
import type { MergeDone } from './MergeNotice'
import { useRegistry } from './RegistryProvider'
import { useAttempt } from './useAttempt'

type StatementsLeft = 'clear' | { reassignTo: string }

interface RegistryEditorProps {
  /** What the entry is ("speaker", "position"): the form's name and its buttons'. */
  noun: 'speaker' | 'position'
  /** The entry's name as it is now. */
  name: string
  /** Undefined while it is being counted. */
  statementCount: number | undefined
  /** The other entries, to merge into or reassign statements to. */
  others: Choice[]
  /** The form's fields. */
  children: ReactNode
  /** Saves the form; what to tell the analyst. */
  onSave: () => Promise<string>
  /** What merging into `into` will do, before it is done. */
  consequence: (into: Choice) => string
  /** Merges the entry into `into`; what that did, and its undo. */
  merge: (into: Choice) => Promise<MergeDone>
  onMerged: (done: MergeDone) => void
  /** Deletes the entry, its statements reassigned or cleared; what to tell the analyst. */
  remove: (statements?: StatementsLeft) => Promise<string>
  /** The words of the question asked before deleting an entry that statements use. */
  deleting: {
    label: string
    question: string
    reassignLabel: string
    reassignPlaceholder: string
    reassignAction: string
    clearAction: string
  }
}

/**
 * The form of a speaker or a position as it is now: its fields, save, merge into another (said
 * first, then undoable) and delete with care (its statements reassigned or cleared).
 */
export function RegistryEditor(props: RegistryEditorProps) {
  const { noun, statementCount } = props
  const registry = useRegistry()
  const [deleting, setDeleting] = useState(false)
  const [mergingInto, setMergingInto] = useState<Choice>()
  const mergeButton = useRef<HTMLButtonElement>(null)
  const { attempt, message } = useAttempt(registry.refresh)
  const remove = (statements?: StatementsLeft) => attempt(() => props.remove(statements))

  return (
    <form
      className="registry-form"
      aria-label={noun === 'speaker' ? 'Speaker' : 'Position'}
      onSubmit={(e) => (e.preventDefault(), void attempt(props.onSave))}
    >
      <h1>{props.name}</h1>
      {props.children}
      {message}
      <div className="form-actions">
        <button type="submit" className="primary">
          Save {noun}
        </button>
        <MergeControl others={props.others} onChoose={setMergingInto} buttonRef={mergeButton} />
        <button
          type="button"
          className="danger"
          disabled={statementCount === undefined}
          title={statementCount === undefined ? 'Counting its statements…' : undefined}
          onClick={() => (statementCount ? setDeleting(true) : void remove())}
        >
          Delete {noun}
        </button>
      </div>
      {mergingInto && (
        <ConfirmMerge
          label={`Merge “${props.name}” into “${mergingInto.label}”`}
          consequence={props.consequence(mergingInto)}
          onMerge={() => {
            setMergingInto(undefined)
            void attempt(async () => (props.onMerged(await props.merge(mergingInto)), undefined))
          }}
          onCancel={() => {
            setMergingInto(undefined)
            mergeButton.current?.focus()
          }}
        />
      )}
      {deleting && (
        <DeleteWithCare
          {...props.deleting}
          others={props.others}
          onReassign={(id) => void remove({ reassignTo: id })}
          onClear={() => void remove('clear')}
          onCancel={() => setDeleting(false)}
        />
      )}
    </form>
  )
}

/** The undo of a merge: the merged entry back, with its statements, said in a sentence. */
export const undoMerge =
  (
    name: string,
    id: string,
    undo: () => Promise<{ statements: number }>,
    refresh: () => Promise<void>,
  ) =>
  async () => {
    const { statements } = await undo()
    await refresh()
    const back = statements > 0 ? ` with its ${counted(statements, 'statement', 'statements')}` : ''
    return { message: `Merge undone: “${name}” is back${back}.`, restoredId: id }
  }
