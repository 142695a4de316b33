import { useEffect, useState } from 'react'
import type { Position } from '../../../src-main/shared/model'
import { api } from '../../api'
import { ChoicePicker, positionChoices } from '../../ChoicePicker'
import { DeleteWithCare } from '../registry/DeleteWithCare'
import { MergeControl } from '../registry/MergeControl'
import { useAttempt } from '../registry/useAttempt'
import type { Registry } from '../statements/useRegistry'
import { withSubPositions } from '../../../src-main/shared/codebookOutline'
import { counted } from '../../counted'

interface PositionEditorProps {
  position: Position
  registry: Registry
  /** Undefined while it is being counted. */
  statementCount: number | undefined
  onDeleted: () => void
}

/** One position of the codebook: label, parent, description, colour; merge and delete with care. */
export function PositionEditor({
  position,
  registry,
  statementCount,
  onDeleted,
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
  const { attempt, message } = useAttempt(registry.refresh)
  const below = withSubPositions(registry.positions, [position.id])
  const others = registry.positions.filter((p) => p.id !== position.id)

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
          onMerge={(id) =>
            void attempt(async () => {
              const kept = await api.mergePositions(id, position.id)
              onDeleted()
              return `Merged “${position.label}” into “${kept.label}”.`
            })
          }
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
