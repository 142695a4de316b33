import { useState } from 'react'
import type { StatementRow } from '../../../src-main/shared/contract'
import type { BulkStatementPatch } from '../../../src-main/shared/statementQuery'
import { api } from '../../api'
import { PositionPicker, SpeakerPicker } from '../registry/RegistryPickers'
import { StanceSelect } from './StanceSelect'
import { useRegistry } from '../registry/RegistryProvider'
import { counted } from '../../ui/counted'
import { messageOf } from '../../../src-main/shared/errors'

interface BulkEditBarProps {
  selected: StatementRow[]
  /** Says how it went; `edited` are the statements it was for (others may be selected by then). */
  onDone: (message: string, edited: StatementRow[]) => void
}

/** Sets position, stance, a tag or the speaker on every selected statement at once. */
export function BulkEditBar({ selected, onDone }: BulkEditBarProps) {
  const registry = useRegistry()
  const [busy, setBusy] = useState(false)
  const [tag, setTag] = useState('')

  const apply = async (describe: string, patch: BulkStatementPatch) => {
    setBusy(true)
    try {
      const refs = selected.map(({ articleId, statementId }) => ({ articleId, statementId }))
      const result = await api.bulkUpdateStatements(refs, patch)
      const changed = result.updated + result.unchanged
      onDone(`${describe} on ${counted(changed, 'statement', 'statements')}.`, selected)
    } catch (error) {
      onDone(messageOf(error), selected)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="bulk-bar" role="toolbar" aria-label="Edit selected statements">
      <strong>{selected.length.toLocaleString()} selected</strong>
      <PositionPicker
        label="Set position"
        placeholder="Set position…"
        disabled={busy}
        value=""
        onChange={(id) => {
          const position = registry.positions.find((p) => p.id === id)
          if (position)
            void apply(`Position set to “${position.label}”`, { positionId: position.id })
        }}
      />
      <StanceSelect
        label="Set stance"
        placeholder="Set stance…"
        disabled={busy}
        value=""
        onChange={(stance) => {
          if (stance) void apply(`Stance set to ${stance}`, { stance })
        }}
      />
      <SpeakerPicker
        label="Reassign speaker"
        placeholder="Reassign speaker…"
        disabled={busy}
        value=""
        onChange={(id) => {
          const speaker = registry.speakers.find((s) => s.id === id)
          if (speaker) void apply(`Speaker set to ${speaker.name}`, { speakerId: speaker.id })
        }}
      />
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault()
          const name = tag.trim()
          if (!name) return
          void apply(`Tag “${name}” added`, { addTags: [name] })
          setTag('')
        }}
      >
        <input
          aria-label="Tag to add"
          placeholder="Add tag"
          value={tag}
          onChange={(e) => setTag(e.currentTarget.value)}
        />
        <button type="submit" disabled={busy || !tag.trim()}>
          Add tag
        </button>
      </form>
    </div>
  )
}
