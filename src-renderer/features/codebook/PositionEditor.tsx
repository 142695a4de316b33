import { useState } from 'react'
import type { Position } from '../../../src-main/shared/model'
import { api } from '../../api'
import type { Registry } from '../statements/useRegistry'
import { descendants } from './positionTree'

interface PositionEditorProps {
  position: Position
  registry: Registry
  statementCount: number
  onDeleted: () => void
}

/** One position of the codebook: label, parent, description, colour; merge and delete with care. */
export function PositionEditor({
  position,
  registry,
  statementCount,
  onDeleted,
}: PositionEditorProps) {
  const [draft, setDraft] = useState(position)
  const [message, setMessage] = useState<{ text: string; error?: boolean }>()
  const [mergeInto, setMergeInto] = useState('')
  const [deleting, setDeleting] = useState(false)
  const [reassignTo, setReassignTo] = useState('')
  const below = descendants(registry.positions, position.id)
  const others = registry.positions.filter((p) => p.id !== position.id)

  const attempt = async (work: () => Promise<string>) => {
    try {
      setMessage({ text: await work() })
      await registry.refresh()
    } catch (error) {
      setMessage({ text: error instanceof Error ? error.message : String(error), error: true })
    }
  }

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
          <input
            value={draft.label}
            onChange={(e) => setDraft({ ...draft, label: e.currentTarget.value })}
          />
        </label>
        <label>
          Part of
          <select
            value={draft.parentId ?? ''}
            onChange={(e) => setDraft({ ...draft, parentId: e.currentTarget.value || undefined })}
          >
            <option value="">Top level</option>
            {registry.positions
              .filter((p) => !below.has(p.id))
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
          </select>
        </label>
        <label>
          Colour
          <input
            type="color"
            value={draft.color}
            onChange={(e) => setDraft({ ...draft, color: e.currentTarget.value })}
          />
        </label>
      </div>
      <label className="wide-label">
        Description
        <textarea
          rows={3}
          value={draft.description}
          onChange={(e) => setDraft({ ...draft, description: e.currentTarget.value })}
        />
      </label>
      {message && (
        <p
          className={message.error ? 'form-error' : 'hint'}
          role={message.error ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary">
          Save position
        </button>
        <span className="inline-form">
          <select
            aria-label="Merge into"
            value={mergeInto}
            onChange={(e) => setMergeInto(e.currentTarget.value)}
          >
            <option value="">Merge into…</option>
            {others.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={!mergeInto}
            onClick={() =>
              void attempt(async () => {
                const kept = await api.mergePositions(mergeInto, position.id)
                onDeleted()
                return `Merged “${position.label}” into “${kept.label}”.`
              })
            }
          >
            Merge
          </button>
        </span>
        <button
          type="button"
          className="danger"
          onClick={() => (statementCount > 0 ? setDeleting(true) : void remove())}
        >
          Delete position
        </button>
      </div>
      {deleting && (
        <div className="confirm" role="group" aria-label="Delete a position used by statements">
          <p>
            {statementCount} {statementCount === 1 ? 'statement is' : 'statements are'} coded with “
            {position.label}”. What should happen to them?
          </p>
          <span className="inline-form">
            <select
              aria-label="Recode statements as"
              value={reassignTo}
              onChange={(e) => setReassignTo(e.currentTarget.value)}
            >
              <option value="">Choose a position…</option>
              {others.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </select>
            <button
              type="button"
              disabled={!reassignTo}
              onClick={() => void remove({ reassignTo })}
            >
              Recode and delete
            </button>
          </span>
          <button type="button" className="danger" onClick={() => void remove('clear')}>
            Leave statements without a position and delete
          </button>
          <button type="button" onClick={() => setDeleting(false)}>
            Cancel
          </button>
        </div>
      )}
    </form>
  )
}
