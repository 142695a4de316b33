import { useState } from 'react'
import { SPEAKER_KINDS, type Speaker, type SpeakerKind } from '../../../src-main/shared/model'
import { api } from '../../api'
import { commaList } from '../../commaList'
import { ChoiceSelect, speakerChoices } from '../../ChoiceSelect'
import { go } from '../../routes'
import { DeleteWithCare } from '../registry/DeleteWithCare'
import { MergeControl } from '../registry/MergeControl'
import { useAttempt } from '../registry/useAttempt'
import type { Registry } from '../statements/useRegistry'

interface SpeakerEditorProps {
  speaker: Speaker
  registry: Registry
  statementCount: number
}

/** A speaker's names, kind, role, affiliation and notes; merge into another; delete with care. */
export function SpeakerEditor({ speaker, registry, statementCount }: SpeakerEditorProps) {
  const [draft, setDraft] = useState({ ...speaker, aliasesText: speaker.aliases.join(', ') })
  const [deleting, setDeleting] = useState(false)
  const { attempt, message } = useAttempt(registry.refresh)
  const others = registry.speakers.filter((s) => s.id !== speaker.id)

  const save = () =>
    attempt(async () => {
      const { aliasesText, ...rest } = draft
      await api.saveSpeaker({
        ...rest,
        aliases: commaList(aliasesText),
        role: rest.role || undefined,
        affiliationId: rest.affiliationId || undefined,
      })
      return 'Saved. Every statement shows the new details.'
    })

  const merge = (mergeInto: string) =>
    attempt(async () => {
      const target = others.find((s) => s.id === mergeInto)
      if (!target) return 'Choose the speaker to merge into.'
      await api.mergeSpeakers(target.id, speaker.id)
      go({ view: 'speakers', speakerId: target.id })
      return `Merged “${speaker.name}” into “${target.name}”.`
    })

  const remove = (statements?: 'clear' | { reassignTo: string }) =>
    attempt(async () => {
      await api.deleteSpeaker(speaker.id, statements && { statements })
      go({ view: 'speakers' })
      return `Deleted “${speaker.name}”.`
    })

  return (
    <form
      className="registry-form"
      aria-label="Speaker"
      onSubmit={(e) => (e.preventDefault(), void save())}
    >
      <h1>{speaker.name}</h1>
      <div className="meta-grid">
        <label>
          Name
          <input
            value={draft.name}
            onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
          />
        </label>
        <label>
          Also known as
          <input
            value={draft.aliasesText}
            placeholder="comma, separated"
            onChange={(e) => setDraft({ ...draft, aliasesText: e.currentTarget.value })}
          />
        </label>
        <label>
          Kind
          <select
            value={draft.kind}
            onChange={(e) => setDraft({ ...draft, kind: e.currentTarget.value as SpeakerKind })}
          >
            {SPEAKER_KINDS.map((kind) => (
              <option key={kind}>{kind}</option>
            ))}
          </select>
        </label>
        <label>
          Role
          <input
            value={draft.role ?? ''}
            placeholder="e.g. foreign minister"
            onChange={(e) => setDraft({ ...draft, role: e.currentTarget.value })}
          />
        </label>
        <label>
          Affiliation
          <ChoiceSelect
            label="Affiliation"
            placeholder="None"
            value={draft.affiliationId ?? ''}
            choices={speakerChoices(others.filter((s) => s.kind !== 'person'))}
            onChange={(id) => setDraft({ ...draft, affiliationId: id || undefined })}
          />
        </label>
      </div>
      <label className="wide-label">
        Notes
        <textarea
          rows={3}
          value={draft.notes}
          onChange={(e) => setDraft({ ...draft, notes: e.currentTarget.value })}
        />
      </label>
      {message}
      <div className="form-actions">
        <button type="submit" className="primary">
          Save speaker
        </button>
        <MergeControl others={speakerChoices(others)} onMerge={(id) => void merge(id)} />
        <button
          type="button"
          className="danger"
          onClick={() => (statementCount > 0 ? setDeleting(true) : void remove())}
        >
          Delete speaker
        </button>
      </div>
      {deleting && (
        <DeleteWithCare
          label="Delete a speaker who has statements"
          question={`${speaker.name} has ${statementCount} ${statementCount === 1 ? 'statement' : 'statements'}. What should happen to them?`}
          others={speakerChoices(others)}
          reassignLabel="Reassign statements to"
          reassignPlaceholder="Choose a speaker…"
          reassignAction="Reassign and delete"
          clearAction="Leave statements without a speaker and delete"
          onReassign={(id) => void remove({ reassignTo: id })}
          onClear={() => void remove('clear')}
          onCancel={() => setDeleting(false)}
        />
      )}
    </form>
  )
}
