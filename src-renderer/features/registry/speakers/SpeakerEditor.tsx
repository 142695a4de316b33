import type { Speaker, SpeakerKind } from '../../../../src-main/shared/model'
import { SPEAKER_KINDS } from '../../../../src-main/shared/vocabulary'
import { api } from '../../../api'
import { commaList } from '../../../ui/commaList'
import { ChoicePicker, speakerChoices, type Choice } from '../../../ui/ChoicePicker'
import { go, parseRoute } from '../../../app/routes'
import type { MergeDone } from '../MergeNotice'
import { RegistryEditor, undoMerge } from '../RegistryEditor'
import { useLiveEdits } from '../useLiveEdits'
import { useRegistry } from '../RegistryProvider'
import { counted } from '../../../ui/counted'

interface SpeakerEditorProps {
  speaker: Speaker
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
export function SpeakerEditor({ speaker, statementCount, onMerged }: SpeakerEditorProps) {
  const registry = useRegistry()
  const { edits, draft, edit, saved } = useLiveEdits(speaker, formFields)
  const others = registry.speakers.filter((s) => s.id !== speaker.id)

  const save = async () => {
    const sent = edits
    const { aliasesText, ...fields } = { ...formFields(speaker), ...sent }
    await api.saveSpeaker({
      ...fields,
      id: speaker.id,
      aliases: commaList(aliasesText),
      role: fields.role || undefined,
      affiliationId: fields.affiliationId || undefined,
    })
    saved(sent)
    return 'Saved. Every statement shows the new details.'
  }

  /** Whether the analyst still has this speaker open: a late answer does not take them elsewhere. */
  const stillOpen = () => {
    const route = parseRoute(location.hash)
    return route.view === 'speakers' && route.speakerId === speaker.id
  }

  const members = (into: string) =>
    registry.speakers.filter((s) => s.affiliationId === speaker.id && s.id !== into).length

  const merge = async (into: Choice) => {
    const count = statementCount
    await api.mergeSpeakers(into.id, speaker.id)
    if (stillOpen()) go({ view: 'speakers', speakerId: into.id })
    const moved =
      count === undefined
        ? 'its statements moved'
        : `${counted(count, 'statement', 'statements')} moved`
    return {
      keptId: into.id,
      message: `Merged “${speaker.name}” into “${into.label}”: ${count === 0 ? 'no statements to move' : moved}, and “${speaker.name}” is now an alias of “${into.label}”.`,
      undo: undoMerge(
        speaker.name,
        speaker.id,
        () => api.undoMergeSpeakers(speaker.id),
        registry.refresh,
      ),
    }
  }

  const remove = async (statements?: 'clear' | { reassignTo: string }) => {
    await api.deleteSpeaker(speaker.id, statements && { statements })
    if (stillOpen()) go({ view: 'speakers' })
    return `Deleted “${speaker.name}”.`
  }

  return (
    <RegistryEditor
      noun="speaker"
      name={speaker.name}
      statementCount={statementCount}
      others={speakerChoices(others)}
      onSave={save}
      consequence={(into) =>
        mergeConsequence(speaker, into.label, statementCount, members(into.id))
      }
      merge={merge}
      onMerged={onMerged}
      remove={remove}
      deleting={{
        label: 'Delete a speaker who has statements',
        question: `${speaker.name} has ${counted(statementCount ?? 0, 'statement', 'statements')}. What should happen to them?`,
        reassignLabel: 'Reassign statements to',
        reassignPlaceholder: 'Choose a speaker…',
        reassignAction: 'Reassign and delete',
        clearAction: 'Leave statements without a speaker and delete',
      }}
    >
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
    </RegistryEditor>
  )
}
