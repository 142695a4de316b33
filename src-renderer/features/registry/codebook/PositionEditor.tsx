import type { Position } from '../../../../src-main/shared/model'
import { api } from '../../../api'
import { ChoicePicker, positionChoices, type Choice } from '../../../ui/ChoicePicker'
import type { MergeDone } from '../MergeNotice'
import { RegistryEditor, undoMerge } from '../RegistryEditor'
import { useLiveEdits } from '../useLiveEdits'
import { useRegistry } from '../RegistryProvider'
import { withSubPositions } from '../../../../src-main/shared/codebookOutline'
import { counted } from '../../../ui/counted'

interface PositionEditorProps {
  position: Position
  /** Undefined while it is being counted. */
  statementCount: number | undefined
  onDeleted: () => void
  /** A merge was made: what it did, and its undo. */
  onMerged: (done: MergeDone) => void
}

const positionFields = ({ id: _id, ...fields }: Position): Omit<Position, 'id'> => fields

const statementsCoded = (count: number | undefined) =>
  count === undefined ? 'the statements' : counted(count, 'statement', 'statements')

/** One position of the codebook: label, parent, description, colour; merge and delete with care. */
export function PositionEditor({
  position,
  statementCount,
  onDeleted,
  onMerged,
}: PositionEditorProps) {
  const registry = useRegistry()
  const { draft, edit } = useLiveEdits(position, positionFields)
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

  const merge = async (into: Choice) => {
    const count = statementCount
    const children = subPositions(into.id)
    await api.mergePositions(into.id, position.id)
    const moved =
      children > 0
        ? ` Its ${counted(children, 'sub-position is', 'sub-positions are')} now under “${into.label}”.`
        : ''
    return {
      keptId: into.id,
      message: `Merged “${position.label}” into “${into.label}”: ${count === 0 ? 'no statements to recode' : `${statementsCoded(count)} recoded`}.${moved}`,
      undo: undoMerge(
        position.label,
        position.id,
        () => api.undoMergePositions(position.id),
        registry.refresh,
      ),
    }
  }

  const remove = async (statements?: 'clear' | { reassignTo: string }) => {
    await api.deletePosition(position.id, statements && { statements })
    onDeleted()
    return `Deleted “${position.label}”.`
  }

  return (
    <RegistryEditor
      noun="position"
      name={position.label}
      statementCount={statementCount}
      others={positionChoices(others, registry.positions)}
      onSave={async () => {
        await api.savePosition({ ...draft, id: position.id, parentId: draft.parentId || undefined })
        return 'Saved. Every statement coded with it shows the change.'
      }}
      consequence={consequence}
      merge={merge}
      onMerged={onMerged}
      remove={remove}
      deleting={{
        label: 'Delete a position used by statements',
        question: `${counted(statementCount ?? 0, 'statement is', 'statements are')} coded with “${position.label}”. What should happen to them?`,
        reassignLabel: 'Recode statements as',
        reassignPlaceholder: 'Choose a position…',
        reassignAction: 'Recode and delete',
        clearAction: 'Leave statements without a position and delete',
      }}
    >
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
    </RegistryEditor>
  )
}
