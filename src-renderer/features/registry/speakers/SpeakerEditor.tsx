import { useEffect, useRef, useState } from 'react'
import type { Speaker, SpeakerKind } from '../../../../src-main/shared/model'
import { SPEAKER_KINDS } from '../../../../src-main/shared/vocabulary'
import { api } from '../../../api'
import { commaList } from '../../../ui/commaList'
import { ChoicePicker, speakerChoices, type Choice } from '../../../ui/ChoicePicker'
import { go, parseRoute } from '../../../app/routes'
import { ConfirmMerge } from '../ConfirmMerge'
import { DeleteWithCare } from '../DeleteWithCare'
import { MergeControl } from '../MergeControl'
import type { MergeDone } from '../MergeNotice'
import { useAttempt } from '../useAttempt'
import type { Registry } from '../useRegistry'
import { counted } from '../../../ui/counted'

interface SpeakerEditorProps {
  speaker: Speaker
  registry: Registry
  /** Undefined while it is being counted. */
  statementCount: number | undefined
  /** A merge was made: what it did, and its undo. */
  onMerged: (done: MergeDone) => void
}

/** What merging `speaker` (with `count` statements) into `into` will do, before it is done. */
function mergeConsequence(
  speaker: Speaker,
  into: string,
  count: number | undefined,
  members: number,
): string {
  const { name, aliases } = speaker
  const also = aliases.length > 0 ? ` and its aliases (${aliases.join(', ')})` : ''
  const names =
    count === 0
      ? `“${name}” has no statements; it${also} will become ${also ? 'aliases' : 'an alias'} of “${into}”.`
      : `${count === undefined ? 'All the statements' : `The ${counted(count, 'statement', 'statements')}`} of “${name}” will move to “${into}”, and “${name}”${also} will become ${also ? 'its aliases' : 'one of its aliases'}.`
  const affiliated =
    members > 0
      ? ` The ${counted(members, 'speaker', 'speakers')} affiliated with “${name}” will be affiliated with “${into}”.`
      : ''
  return names + affiliated
}

/** A speaker as the form shows it: the aliases as one comma-separated line. */
type SpeakerFields = Omit<Speaker, 'id' | 'aliases'> & { aliasesText: string }

const formFields = (speaker: Speaker): SpeakerFields => ({
  name: speaker.name,
  aliasesText: speaker.aliases.join(', '),
  kind: speaker.kind,
  role: speaker.role,
  affiliationId: speaker.affiliationId,
  notes: speaker.notes,
})

/** A speaker's names, kind, role, affiliation and notes; merge into another; delete with care. */
export function SpeakerEditor({ speaker, registry, statementCount, onMerged }: SpeakerEditorProps) {
  // Only the fields edited here: a change made elsewhere meanwhile (an alias learned, another
  // window, a merge) is kept when they are saved.
  const [edits, setEdits] = useState<Partial<SpeakerFields>>({})
  const draft = { ...formFields(speaker), ...edits }
  const edit = (patch: Partial<SpeakerFields>) => setEdits((current) => ({ ...current, ...patch }))
  /** Edits saved from here, until the speaker comes back with them. */
  const saved = useRef<Partial<SpeakerFields>>({})
  // An edit the speaker has by now (saved from here, or the same change made elsewhere) is no
  // longer one, so a later change made elsewhere shows.
  useEffect(() => {
    const now = formFields(speaker)
    const done = saved.current
    saved.current = {}
    setEdits((current) => {
      const left = Object.entries(current).filter(([name, value]) => {
        const field = name as keyof SpeakerFields
        return value !== now[field] && !(field in done && value === done[field])
      })
      return left.length === Object.keys(current).length ? current : Object.fromEntries(left)
    })
  }, [speaker])
  const [deleting, setDeleting] = useState(false)
  const [mergingInto, setMergingInto] = useState<Choice>()
  const mergeButton = useRef<HTMLButtonElement>(null)
  const { attempt, message } = useAttempt(registry.refresh)
  const others = registry.speakers.filter((s) => s.id !== speaker.id)

  const save = () => {
    const sent = edits
    return attempt(async () => {
      const { aliasesText, ...fields } = { ...formFields(speaker), ...sent }
      await api.saveSpeaker({
        ...fields,
        id: speaker.id,
        aliases: commaList(aliasesText),
        role: fields.role || undefined,
        affiliationId: fields.affiliationId || undefined,
      })
      saved.current = { ...saved.current, ...sent }
      return 'Saved. Every statement shows the new details.'
    })
  }

  /** Whether the analyst still has this speaker open: a late answer does not take them elsewhere. */
  const stillOpen = () => {
    const route = parseRoute(location.hash)
    return route.view === 'speakers' && route.speakerId === speaker.id
  }

  const members = (into: string) =>
    registry.speakers.filter((s) => s.affiliationId === speaker.id && s.id !== into).length

  const merge = (into: Choice) =>
    attempt(async () => {
      const count = statementCount
      await api.mergeSpeakers(into.id, speaker.id)
      if (stillOpen()) go({ view: 'speakers', speakerId: into.id })
      const moved =
        count === undefined
          ? 'its statements moved'
          : `${counted(count, 'statement', 'statements')} moved`
      onMerged({
        keptId: into.id,
        message: `Merged “${speaker.name}” into “${into.label}”: ${count === 0 ? 'no statements to move' : moved}, and “${speaker.name}” is now an alias of “${into.label}”.`,
        undo: async () => {
          const { statements } = await api.undoMergeSpeakers(speaker.id)
          await registry.refresh()
          const back =
            statements > 0 ? ` with its ${counted(statements, 'statement', 'statements')}` : ''
          return {
            message: `Merge undone: “${speaker.name}” is back${back}.`,
            restoredId: speaker.id,
          }
        },
      })
      return undefined
    })

  const remove = (statements?: 'clear' | { reassignTo: string }) =>
    attempt(async () => {
      await api.deleteSpeaker(speaker.id, statements && { statements })
      if (stillOpen()) go({ view: 'speakers' })
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
          <input value={draft.name} onChange={(e) => edit({ name: e.currentTarget.value })} />
        </label>
        <label>
          Also known as
          <input
            value={draft.aliasesText}
            placeholder="comma, separated"
            onChange={(e) => edit({ aliasesText: e.currentTarget.value })}
          />
        </label>
        <label>
          Kind
          <select
            value={draft.kind}
            onChange={(e) => edit({ kind: e.currentTarget.value as SpeakerKind })}
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
            onChange={(e) => edit({ role: e.currentTarget.value })}
          />
        </label>
        <label>
          Affiliation
          <ChoicePicker
            label="Affiliation"
            placeholder="None"
            value={draft.affiliationId ?? ''}
            choices={speakerChoices(others.filter((s) => s.kind !== 'person'))}
            onChange={(id) => edit({ affiliationId: id || undefined })}
          />
        </label>
      </div>
      <label className="wide-label">
        Notes
        <textarea
          rows={3}
          value={draft.notes}
          onChange={(e) => edit({ notes: e.currentTarget.value })}
        />
      </label>
      {message}
      <div className="form-actions">
        <button type="submit" className="primary">
          Save speaker
        </button>
        <MergeControl
          others={speakerChoices(others)}
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
          Delete speaker
        </button>
      </div>
      {mergingInto && (
        <ConfirmMerge
          label={`Merge “${speaker.name}” into “${mergingInto.label}”`}
          consequence={mergeConsequence(
            speaker,
            mergingInto.label,
            statementCount,
            members(mergingInto.id),
          )}
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
          label="Delete a speaker who has statements"
          question={`${speaker.name} has ${counted(statementCount ?? 0, 'statement', 'statements')}. What should happen to them?`}
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
