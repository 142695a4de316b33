import { commaList } from '../../commaList'
import { useEffect, useRef, useState } from 'react'
import type { SpeakerKind, Statement, StatementMode } from '../../../src-main/shared/model'
import { SPEAKER_KINDS, STATEMENT_MODES } from '../../../src-main/shared/vocabulary'
import { positionChoices, speakerChoices } from '../../ChoicePicker'
import { Combobox } from '../../Combobox'
import { StanceChoices } from './StanceChoices'
import { STANCE_CHOICES } from './stances'
import type { Registry } from './useRegistry'

interface StatementFormProps {
  statement: Statement
  quote: string
  registry: Registry
  /** Right after marking, focus goes to the speaker field; after accepting a suggestion, to the position. */
  autoFocus: boolean | 'position'
  /** Changes these fields of the statement as it is when the change comes (a new speaker's answer may come late). */
  onChange: (patch: Partial<Omit<Statement, 'id'>>) => void
  onRemove: () => void
  onClose: () => void
}

const isTextField = (element: EventTarget | null) =>
  element instanceof HTMLInputElement ||
  element instanceof HTMLTextAreaElement ||
  element instanceof HTMLSelectElement

/** Codes one statement: speaker, position, stance, tags and a note. */
export function StatementForm({
  statement,
  quote,
  registry,
  autoFocus,
  onChange,
  onRemove,
  onClose,
}: StatementFormProps) {
  const speakerInput = useRef<HTMLInputElement>(null)
  const positionInput = useRef<HTMLInputElement>(null)
  const stanceGroup = useRef<HTMLDivElement>(null)
  const [kind, setKind] = useState<SpeakerKind>('person')
  const [error, setError] = useState<string>()
  const [tagsText, setTagsText] = useState(statement.tags.join(', '))
  const [cueText, setCueText] = useState(statement.cue ?? '')

  useEffect(() => {
    if (autoFocus === 'position') positionInput.current?.focus()
    else if (autoFocus) speakerInput.current?.focus()
  }, [autoFocus, statement.id])
  useEffect(() => setTagsText(statement.tags.join(', ')), [statement.id, statement.tags])
  useEffect(() => setCueText(statement.cue ?? ''), [statement.id, statement.cue])

  const update = (patch: Partial<Omit<Statement, 'id'>>) =>
    onChange({ ...patch, updatedAt: new Date().toISOString() })
  const attempt = async (work: () => Promise<void>) => {
    try {
      setError(undefined)
      await work()
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught))
    }
  }
  const focusStance = () =>
    stanceGroup.current?.querySelector<HTMLButtonElement>('[tabindex="0"]')?.focus()

  return (
    <form
      className="statement-form"
      aria-label="Statement"
      onSubmit={(event) => event.preventDefault()}
      onKeyDown={(event) => {
        const choice = STANCE_CHOICES.find((c) => c.key === event.key.toLowerCase())
        if (
          choice &&
          (event.altKey || !isTextField(event.target)) &&
          !event.ctrlKey &&
          !event.metaKey
        ) {
          event.preventDefault()
          update({ stance: choice.stance })
        } else if (event.key === 'Escape') {
          event.preventDefault()
          onClose()
        }
      }}
    >
      <blockquote className="statement-quote">{quote}</blockquote>
      <Combobox
        label="Speaker"
        inputRef={speakerInput}
        placeholder="Who said it?"
        options={speakerChoices(registry.speakers)}
        selectedId={statement.speakerId}
        onPick={(id) => update({ speakerId: id })}
        onCreate={(name) =>
          attempt(async () => {
            const speaker = await registry.createSpeaker(name, kind)
            update({ speakerId: speaker.id })
          })
        }
        onDone={() => positionInput.current?.focus()}
        createExtra={
          <select
            aria-label="Kind of new speaker"
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as SpeakerKind)}
          >
            {SPEAKER_KINDS.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        }
      />
      <Combobox
        label="Position"
        inputRef={positionInput}
        placeholder="About which position?"
        options={positionChoices(registry.positions)}
        selectedId={statement.positionId}
        onPick={(id) => update({ positionId: id })}
        onCreate={(label) =>
          attempt(async () => {
            const position = await registry.createPosition(label)
            update({ positionId: position.id })
          })
        }
        onDone={focusStance}
        createVerb="Add to codebook:"
      />
      <div className="field">
        <span className="field-label" id={`stance-${statement.id}`}>
          Stance <kbd>S</kbd> <kbd>O</kbd> <kbd>N</kbd>
        </span>
        <StanceChoices
          labelledBy={`stance-${statement.id}`}
          stance={statement.stance}
          onChange={(stance) => update({ stance })}
          groupRef={stanceGroup}
        />
      </div>
      <div className="field-pair">
        <div className="field">
          <label htmlFor={`cue-${statement.id}`}>Cue</label>
          <input
            id={`cue-${statement.id}`}
            value={cueText}
            maxLength={100}
            placeholder="said, according to…"
            onChange={(event) => setCueText(event.currentTarget.value)}
            onBlur={() => {
              const cue = cueText.replace(/\s+/g, ' ').trim() || undefined
              if (cue !== statement.cue) update({ cue })
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={`mode-${statement.id}`}>Mode</label>
          <select
            id={`mode-${statement.id}`}
            value={statement.mode ?? ''}
            onChange={(event) =>
              update({
                mode: (event.currentTarget.value || undefined) as StatementMode | undefined,
              })
            }
          >
            <option value="">not set</option>
            {STATEMENT_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {mode}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`tags-${statement.id}`}>Tags</label>
        <input
          id={`tags-${statement.id}`}
          value={tagsText}
          placeholder="comma, separated"
          onChange={(event) => setTagsText(event.currentTarget.value)}
          onBlur={() => update({ tags: commaList(tagsText) })}
        />
      </div>
      <div className="field">
        <label htmlFor={`note-${statement.id}`}>Note</label>
        <textarea
          id={`note-${statement.id}`}
          rows={3}
          value={statement.note}
          onChange={(event) => update({ note: event.currentTarget.value })}
        />
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="danger" onClick={onRemove}>
          Remove statement
        </button>
        <button type="button" onClick={onClose}>
          Done
        </button>
      </div>
    </form>
  )
}
