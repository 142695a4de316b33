import { useEffect, useRef, useState } from 'react'
import type { Position } from '../../../../src-main/shared/model'
import { api } from '../../../api'
import { ChoicePicker, positionChoices, type Choice } from '../../../ui/ChoicePicker'
import { ConfirmMerge } from '../ConfirmMerge'
import { DeleteWithCare } from '../DeleteWithCare'
import { MergeControl } from '../MergeControl'
import type { MergeDone } from '../MergeNotice'
import { useAttempt } from '../useAttempt'
import type { Registry } from '../useRegistry'
import { withSubPositions } from '../../../../src-main/shared/codebookOutline'
import { counted } from '../../../ui/counted'

interface PositionEditorProps {
  position: Position
  registry: Registry
  /** Undefined while it is being counted. */
  statementCount: number | undefined
  onDeleted: () => void
  /** A merge was made: what it did, and its undo. */
  onMerged: (done: MergeDone) => void
}

const statementsCoded = (count: number | undefined) =>
  count === undefined ? 'the statements' : counted(count, 'statement', 'statements')

/** One position of the codebook: label, parent, description, colour; merge and delete with care. */
export function PositionEditor({
  position,
  registry,
  statementCount,
  onDeleted,
  onMerged,
}: PositionEditorProps) {
  // Only the fields edited here: a move made in the tree meanwhile is kept when they are saved.
  const [edits, setEdits] = useState<Partial<Omit<Position, 'id'>>>({})
  const draft = { ...position, ...edits }
  const edit = (patch: Partial<Omit<Position, 'id'>>) =>
    setEdits((current) => ({ ...current, ...patch }))
  // An edit the position has by now (saved, or the same move made in the tree) is no longer one.
  useEffect(
    () =>
      setEdits((current) => {
        const left = Object.entries(current).filter(
          ([field, value]) => position[field as keyof Position] !== value,
        )
        return left.length === Object.keys(current).length ? current : Object.fromEntries(left)
      }),
    [position],
  )
  const [deleting, setDeleting] = useState(false)
  const [mergingInto, setMergingInto] = useState<Choice>()
  const mergeButton = useRef<HTMLButtonElement>(null)
  const { attempt, message } = useAttempt(registry.refresh)
  const below = withSubPositions(registry.positions, [position.id])
  const others = registry.positions.filter((p) => p.id !== position.id)
  const subPositions = (into: string) =>
    registry.positions.filter((p) => p.parentId === position.id && p.id !== into).length

  /** What merging into `into` will do, before it is done. */
  const consequence = (into: Choice) => {
    const children = subPositions(into.id)
    const recoded =
      statementCount === 0
        ? `No statement is coded “${position.label}”; it will leave the codebook.`
        : `The ${statementsCoded(statementCount)} coded “${position.label}” will be recoded as “${into.label}”, and “${position.label}” will leave the codebook.`
    return children > 0
      ? `${recoded} Its ${counted(children, 'sub-position', 'sub-positions')} will move under “${into.label}”.`
      : recoded
  }

  const merge = (into: Choice) =>
    attempt(async () => {
      const count = statementCount
      const children = subPositions(into.id)
      await api.mergePositions(into.id, position.id)
      const moved =
        children > 0
          ? ` Its ${counted(children, 'sub-position is', 'sub-positions are')} now under “${into.label}”.`
          : ''
      onMerged({
        keptId: into.id,
        message: `Merged “${position.label}” into “${into.label}”: ${count === 0 ? 'no statements to recode' : `${statementsCoded(count)} recoded`}.${moved}`,
        undo: async () => {
          const { statements } = await api.undoMergePositions(position.id)
          await registry.refresh()
          const back =
            statements > 0 ? ` with its ${counted(statements, 'statement', 'statements')}` : ''
          return {
            message: `Merge undone: “${position.label}” is back${back}.`,
            restoredId: position.id,
          }
        },
      })
      return undefined
    })

  const remove = (statements?: 'clear' | { reassignTo: string }) =>
    attempt(async () => {
      await api.deletePosition(position.id, statements && { statements })
      onDeleted()
      return `Deleted “${position.label}”.`
    })

  return (
    <form
      className="registry-form"
      aria-label="Position"
      onSubmit={(e) => {
        e.preventDefault()
        void attempt(async () => {
          await api.savePosition({ ...draft, parentId: draft.parentId || undefined })
          return 'Saved. Every statement coded with it shows the change.'
        })
      }}
    >
      <h1>{position.label}</h1>
      <div className="meta-grid">
        <label>
          Label
          <input value={draft.label} onChange={(e) => edit({ label: e.currentTarget.value })} />
        </label>
        <label>
          Part of
          <ChoicePicker
            label="Part of"
            placeholder="Top level"
            value={draft.parentId ?? ''}
            choices={positionChoices(
              registry.positions.filter((p) => !below.has(p.id)),
              registry.positions,
            )}
            onChange={(id) => edit({ parentId: id || undefined })}
          />
        </label>
        <label>
          Colour
          <input
            type="color"
            value={draft.color}
            onChange={(e) => edit({ color: e.currentTarget.value })}
          />
        </label>
      </div>
      <label className="wide-label">
        Description
        <textarea
          rows={3}
          value={draft.description}
          onChange={(e) => edit({ description: e.currentTarget.value })}
        />
      </label>
      {message}
      <div className="form-actions">
        <button type="submit" className="primary">
          Save position
        </button>
        <MergeControl
          others={positionChoices(others, registry.positions)}
          onChoose={setMergingInto}
          buttonRef={mergeButton}
        />
        <button
          type="button"
          className="danger"
          disabled={statementCount === undefined}
          title={statementCount === undefined ? 'Counting its statements…' : undefined}
          onClick={() => (statementCount ? setDeleting(true) : void remove())}
        >
          Delete position
        </button>
      </div>
      {mergingInto && (
        <ConfirmMerge
          label={`Merge “${position.label}” into “${mergingInto.label}”`}
          consequence={consequence(mergingInto)}
          onMerge={() => {
            setMergingInto(undefined)
            void merge(mergingInto)
          }}
          onCancel={() => {
            setMergingInto(undefined)
            mergeButton.current?.focus()
          }}
        />
      )}
      {deleting && (
        <DeleteWithCare
          label="Delete a position used by statements"
          question={`${counted(statementCount ?? 0, 'statement is', 'statements are')} coded with “${position.label}”. What should happen to them?`}
          others={positionChoices(others, registry.positions)}
          reassignLabel="Recode statements as"
          reassignPlaceholder="Choose a position…"
          reassignAction="Recode and delete"
          clearAction="Leave statements without a position and delete"
          onReassign={(id) => void remove({ reassignTo: id })}
          onClear={() => void remove('clear')}
          onCancel={() => setDeleting(false)}
        />
      )}
    </form>
  )
}
