import { useState } from 'react'
import type { StatementRow } from '../../../src-main/shared/contract'
import type { Stance } from '../../../src-main/shared/model'
import { STANCES } from '../../../src-main/shared/vocabulary'
import type { BulkStatementPatch } from '../../../src-main/shared/statementQuery'
import { api } from '../../api'
import { ChoicePicker, positionChoices, speakerChoices } from '../../ui/ChoicePicker'
import type { Registry } from '../registry/useRegistry'
import { counted } from '../../ui/counted'
import { messageOf } from '../../../src-main/shared/errors'

interface BulkEditBarProps {
  selected: StatementRow[]
  registry: Registry
  /** Says how it went; `edited` are the statements it was for (others may be selected by then). */
  onDone: (message: string, edited: StatementRow[]) => void
}

/** Sets position, stance, a tag or the speaker on every selected statement at once. */
export function BulkEditBar({ selected, registry, onDone }: BulkEditBarProps) {
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
      <ChoicePicker
        label="Set position"
        placeholder="Set position…"
        disabled={busy}
        value=""
        choices={positionChoices(registry.positions)}
        onChange={(id) => {
          const position = registry.positions.find((p) => p.id === id)
          if (position)
            void apply(`Position set to “${position.label}”`, { positionId: position.id })
        }}
      />
      <select
        aria-label="Set stance"
        disabled={busy}
        value=""
        onChange={(e) => {
          const stance = e.currentTarget.value as Stance
          if (stance) void apply(`Stance set to ${stance}`, { stance })
        }}
      >
        <option value="">Set stance…</option>
        {STANCES.map((stance) => (
          <option key={stance} value={stance}>
            {stance}
          </option>
        ))}
      </select>
      <ChoicePicker
        label="Reassign speaker"
        placeholder="Reassign speaker…"
        disabled={busy}
        value=""
        choices={speakerChoices(registry.speakers)}
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
