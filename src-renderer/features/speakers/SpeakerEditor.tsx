import { useState } from 'react'
import { SPEAKER_KINDS, type Speaker, type SpeakerKind } from '../../../src-main/shared/model'
import { api } from '../../api'
import { commaList } from '../../commaList'
import { go } from '../../routes'
import type { Registry } from '../statements/useRegistry'

interface SpeakerEditorProps {
  speaker: Speaker
  registry: Registry
  statementCount: number
}

/** A speaker's names, kind, role, affiliation and notes; merge into another; delete with care. */
export function SpeakerEditor({ speaker, registry, statementCount }: SpeakerEditorProps) {
  const [draft, setDraft] = useState({ ...speaker, aliasesText: speaker.aliases.join(', ') })
  const [message, setMessage] = useState<{ text: string; error?: boolean }>()
  const [mergeInto, setMergeInto] = useState('')
  const [deleting, setDeleting] = useState(false)
  const [reassignTo, setReassignTo] = useState('')
  const others = registry.speakers.filter((s) => s.id !== speaker.id)

  const attempt = async (work: () => Promise<string>) => {
    try {
      setMessage({ text: await work() })
      await registry.refresh()
    } catch (error) {
      setMessage({ text: error instanceof Error ? error.message : String(error), error: true })
    }
  }

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

  const merge = () =>
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
          <select
            value={draft.affiliationId ?? ''}
            onChange={(e) =>
              setDraft({ ...draft, affiliationId: e.currentTarget.value || undefined })
            }
          >
            <option value="">None</option>
            {others
              .filter((s) => s.kind !== 'person')
              .map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
          </select>
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
          Save speaker
        </button>
        <span className="inline-form">
          <select
            aria-label="Merge into"
            value={mergeInto}
            onChange={(e) => setMergeInto(e.currentTarget.value)}
          >
            <option value="">Merge into…</option>
            {others.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          <button type="button" disabled={!mergeInto} onClick={() => void merge()}>
            Merge
          </button>
        </span>
        <button
          type="button"
          className="danger"
          onClick={() => (statementCount > 0 ? setDeleting(true) : void remove())}
        >
          Delete speaker
        </button>
      </div>
      {deleting && (
        <div className="confirm" role="group" aria-label="Delete a speaker who has statements">
          <p>
            {speaker.name} has {statementCount} {statementCount === 1 ? 'statement' : 'statements'}.
            What should happen to them?
          </p>
          <span className="inline-form">
            <select
              aria-label="Reassign statements to"
              value={reassignTo}
              onChange={(e) => setReassignTo(e.currentTarget.value)}
            >
              <option value="">Choose a speaker…</option>
              {others.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
            <button
              type="button"
              disabled={!reassignTo}
              onClick={() => void remove({ reassignTo })}
            >
              Reassign and delete
            </button>
          </span>
          <button type="button" className="danger" onClick={() => void remove('clear')}>
            Leave statements without a speaker and delete
          </button>
          <button type="button" onClick={() => setDeleting(false)}>
            Cancel
          </button>
        </div>
      )}
    </form>
  )
}
