import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { SpeakerKind, Statement, StatementMode } from '../../../src-main/shared/model'
import { SPEAKER_KINDS, STATEMENT_MODES } from '../../../src-main/shared/vocabulary'
import { positionChoices, speakerChoices } from '../../ui/ChoicePicker'
import { Combobox, exactOption } from '../../ui/Combobox'
import { StanceChoices } from './StanceChoices'
import { useGuessedKind } from './useGuessedKind'
import { STANCE_CHOICES } from './stances'
import { TagsField } from './TagsField'
import { unchosenNames } from './unchosenNames'
import { usePendingText } from './usePendingText'
import { useRegistry } from '../registry/RegistryProvider'
import { messageOf } from '../../../src-main/shared/errors'
import { FormError } from '../../ui/FormError'

interface StatementFormProps {
  statement: Statement
  quote: string
  /** Right after marking, focus goes to the speaker field; after accepting a suggestion, to the position. */
  autoFocus: boolean | 'position'
  /** A new value asks for that focus again, for the statement already open (Enter on it in the list). */
  focusAsked?: number
  /** Changes these fields of the statement as it is when the change comes (a new speaker's answer may come late). */
  onChange: (patch: Partial<Omit<Statement, 'id'>>) => void
  onRemove: () => void
  onClose: () => void
  /** The form went away: which speaker or position names typed in it were not chosen, if any. */
  onLeftUnchosen: (message: string | undefined) => void
}

const isTextField = (element: EventTarget | null) =>
  element instanceof HTMLInputElement ||
  element instanceof HTMLTextAreaElement ||
  element instanceof HTMLSelectElement

/** Codes one statement: speaker, position, stance, tags and a note. */
export function StatementForm({
  statement,
  quote,
  autoFocus,
  focusAsked,
  onChange,
  onRemove,
  onClose,
  onLeftUnchosen,
}: StatementFormProps) {
  const registry = useRegistry()
  const speakerInput = useRef<HTMLInputElement>(null)
  const positionInput = useRef<HTMLInputElement>(null)
  const stanceGroup = useRef<HTMLDivElement>(null)
  // The analyst's choice of kind for a new speaker; until they make one, what the name says.
  const [chosenKind, setChosenKind] = useState<SpeakerKind>()
  const [speakerQuery, setSpeakerQuery] = useState('')
  const guessedKind = useGuessedKind(speakerQuery)
  const [error, setError] = useState<string>()
  const [cueText, setCueText] = useState(statement.cue ?? '')
  const [initialNames] = useState(() => unchosenNames.of(statement.id))

  useEffect(() => {
    if (autoFocus === 'position') positionInput.current?.focus()
    else if (autoFocus) speakerInput.current?.focus()
  }, [autoFocus, focusAsked, statement.id])
  useEffect(() => setCueText(statement.cue ?? ''), [statement.id, statement.cue])
  useEffect(() => setChosenKind(undefined), [statement.id])

  const update = (patch: Partial<Omit<Statement, 'id'>>) =>
    onChange({ ...patch, updatedAt: new Date().toISOString() })
  const cue = usePendingText((text) => {
    const typed = text.replace(/\s+/g, ' ').trim() || undefined
    if (typed !== statement.cue) update({ cue: typed })
  })

  // Leaving the form: a speaker or position typed as it is named (or an alias) is chosen; other
  // words typed are kept for when it opens again, and the analyst is told.
  const leave = useRef<() => void>(undefined)
  useLayoutEffect(() => {
    leave.current = () => {
      const typed = unchosenNames.of(statement.id)
      const left: string[] = []
      const fields = [
        ['speaker', 'Speaker', speakerChoices(registry.speakers), statement.speakerId],
        ['position', 'Position', positionChoices(registry.positions), statement.positionId],
      ] as const
      for (const [field, label, options, chosenId] of fields) {
        const text = typed[field]
        if (!text) continue
        const named = exactOption(options, text)
        if (named) {
          unchosenNames.set(statement.id, field, undefined)
          if (named.id !== chosenId)
            update(field === 'speaker' ? { speakerId: named.id } : { positionId: named.id })
          continue
        }
        const chosen = options.find((option) => option.id === chosenId)
        left.push(
          `${label} “${text}” was not chosen; the statement ${chosen ? `keeps ${chosen.label}` : `has no ${field} yet`}.`,
        )
      }
      onLeftUnchosen(
        left.length > 0
          ? `${left.join(' ')} Open the statement to choose or add ${left.length > 1 ? 'them' : 'it'}.`
          : undefined,
      )
    }
  })
  useLayoutEffect(() => () => leave.current?.(), [])
  const attempt = async (work: () => Promise<void>) => {
    try {
      setError(undefined)
      await work()
    } catch (caught) {
      setError(messageOf(caught))
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
        typedOnLeave="keep"
        initialQuery={initialNames.speaker}
        noun="the speaker"
        onQueryChange={(text) => {
          unchosenNames.set(statement.id, 'speaker', text)
          setSpeakerQuery(text)
        }}
        onPick={(id) => update({ speakerId: id })}
        onCreate={(name) =>
          attempt(async () => {
            setChosenKind(undefined)
            const speaker = await registry.createSpeaker(name, chosenKind)
            update({ speakerId: speaker.id })
          })
        }
        onDone={() => positionInput.current?.focus()}
        createExtra={
          <select
            aria-label="Kind of new speaker"
            value={chosenKind ?? guessedKind}
            onChange={(e) => setChosenKind(e.currentTarget.value as SpeakerKind)}
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
        typedOnLeave="keep"
        initialQuery={initialNames.position}
        noun="the position"
        onQueryChange={(text) => unchosenNames.set(statement.id, 'position', text)}
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
            onChange={(event) => {
              cue.typed(event.currentTarget.value)
              setCueText(event.currentTarget.value)
            }}
            onBlur={cue.flush}
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
      <TagsField
        id={`tags-${statement.id}`}
        tags={statement.tags}
        onChange={(tags) => update({ tags })}
      />
      <div className="field">
        <label htmlFor={`note-${statement.id}`}>Note</label>
        <textarea
          id={`note-${statement.id}`}
          rows={3}
          value={statement.note}
          onChange={(event) => update({ note: event.currentTarget.value })}
        />
      </div>
      <FormError message={error} />
      <div className="form-actions">
        <button
          type="button"
          className="danger"
          onClick={() => {
            unchosenNames.forget(statement.id)
            onRemove()
          }}
        >
          Remove statement
        </button>
        <button type="button" onClick={onClose}>
          Done
        </button>
      </div>
    </form>
  )
}
