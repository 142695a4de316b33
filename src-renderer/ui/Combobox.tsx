import { useId, useMemo, useState, type ReactNode } from 'react'
import { counted } from './counted'
import { foldLabel } from '../../src-main/shared/nameKey'
import { matchOptions } from './matchOptions'

export interface ComboOption {
  id: string
  label: string
  /** Other names it is found by (a speaker's aliases). */
  aliases?: string[]
  detail?: string
  /** A name (a speaker's): found by another spelling, its surname or a near miss too. */
  isName?: boolean
}

interface ComboboxProps {
  label: string
  /** The label is the field's accessible name only, not shown (a filter, or a label around it). */
  labelHidden?: boolean
  options: ComboOption[]
  selectedId?: string
  inputRef?: React.Ref<HTMLInputElement>
  placeholder?: string
  disabled?: boolean
  onPick: (id: string | undefined) => void
  /** Emptying the field picks none at once (a filter), instead of at Enter. */
  emptyPicksNone?: boolean
  /** Creates a new entry from the typed text; Enter calls it when nothing matches exactly. */
  onCreate?: (text: string) => void
  /** Called after a pick or create with Enter, to move on to the next field. */
  onDone?: () => void
  onQueryChange?: (query: string) => void
  /** Shown beside the field while the typed text would create a new entry. */
  createExtra?: ReactNode
  createVerb?: string
  /**
   * What leaving the field does with words typed and not chosen. `revert` (the default): the
   * chosen entry shows again. `keep`: the entry they name exactly is chosen; other words stay in
   * the field, said to be not chosen, until Enter; Esc only closes the list.
   */
  typedOnLeave?: 'revert' | 'keep'
  /** Words typed and not chosen to start with, as `keep` left them. */
  initialQuery?: string
  /** What the chosen entry is called in the note under a field left not chosen ("the position"). */
  noun?: string
}

/** The option whose label or an alias is `text`, case and accents aside. */
export function exactOption(options: ComboOption[], text: string): ComboOption | undefined {
  const wanted = foldLabel(text)
  if (!wanted) return undefined
  return options.find((o) => [o.label, ...(o.aliases ?? [])].some((n) => foldLabel(n) === wanted))
}

const MAX_SHOWN = 8

/**
 * A text field with type-ahead over a list, by name or alias, accents and case aside (names also
 * by another spelling, surname or near miss, before "Create"); Enter picks the highlighted entry
 * or creates a new one. A click or ↓ in the field opens the list as a select
 * does, on the chosen entry among its neighbours.
 */
export function Combobox(props: ComboboxProps) {
  const {
    label,
    options,
    selectedId,
    onPick,
    onCreate,
    onDone,
    onQueryChange,
    inputRef,
    placeholder,
  } = props
  const listId = useId()
  const selected = options.find((option) => option.id === selectedId)
  const keeps = props.typedOnLeave === 'keep'
  const [query, setQuery] = useState<string | undefined>(props.initialQuery || undefined)
  // The list shown by a click or ↓, without a query.
  const [browsing, setBrowsing] = useState(false)
  const [focused, setFocused] = useState(false)
  // Esc closed the list and left the words typed.
  const [dismissed, setDismissed] = useState(false)
  const [active, setActive] = useState(0)
  const text = query ?? selected?.label ?? ''

  const { matches, more } = useMemo(() => {
    if (!foldLabel(query ?? '')) {
      const at = selected ? options.indexOf(selected) : -1
      const from = Math.max(0, Math.min(at - 3, options.length - MAX_SHOWN))
      return {
        matches: options.slice(from, from + MAX_SHOWN),
        more: Math.max(0, options.length - MAX_SHOWN),
      }
    }
    const found = matchOptions(options, query ?? '')
    return { matches: found.slice(0, MAX_SHOWN), more: Math.max(0, found.length - MAX_SHOWN) }
  }, [options, query, selected])

  const exact = query !== undefined && exactOption(options, query) !== undefined
  const creating = onCreate !== undefined && query !== undefined && query.trim() !== '' && !exact
  const open =
    (keeps ? focused && !dismissed : true) &&
    (query !== undefined || browsing) &&
    (matches.length > 0 || creating)
  const unchosen = keeps && !focused && query !== undefined && query.trim() !== ''
  const entries = creating ? [...matches, undefined] : matches

  const browse = () => {
    setBrowsing(true)
    setDismissed(false)
    setActive(Math.max(0, selected ? matches.indexOf(selected) : 0))
  }

  const change = (next: string | undefined) => {
    setQuery(next)
    setActive(0)
    setDismissed(false)
    if (next === undefined) setBrowsing(false)
    onQueryChange?.(next ?? '')
    if (props.emptyPicksNone && next?.trim() === '' && selectedId !== undefined) onPick(undefined)
  }

  const pick = (entry: ComboOption | undefined) => {
    if (query !== undefined && query.trim() === '') onPick(undefined)
    else if (entry) onPick(entry.id)
    else if (creating && query !== undefined) onCreate?.(query.trim())
  }

  const commit = () => {
    // Nothing typed or shown: what is chosen stays, and Enter only moves on.
    if (query !== undefined || open) pick(entries[active])
    change(undefined)
    onDone?.()
  }

  /** Leaving the field: with `keep`, words that name an entry choose it, other words stay. */
  const leave = () => {
    setFocused(false)
    if (!keeps || query === undefined || query.trim() === '') return change(undefined)
    const named = exactOption(options, query)
    if (!named) return setBrowsing(false)
    if (named.id !== selectedId) onPick(named.id)
    change(undefined)
  }

  const inputId = `${listId}-input`
  const noteId = `${listId}-note`
  return (
    <div
      className={props.labelHidden ? 'combobox' : 'field combobox'}
      onBlur={(event) => {
        // Tab from the text to the kind of a new speaker keeps what was typed, to create it.
        if (!event.currentTarget.contains(event.relatedTarget)) leave()
      }}
    >
      {!props.labelHidden && <label htmlFor={inputId}>{label}</label>}
      <div className="combobox-row">
        <input
          id={inputId}
          ref={inputRef}
          role="combobox"
          aria-label={props.labelHidden ? label : undefined}
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open ? `${listId}-${active}` : undefined}
          aria-invalid={unchosen || undefined}
          aria-describedby={unchosen ? noteId : undefined}
          autoComplete="off"
          placeholder={placeholder}
          disabled={props.disabled}
          value={text}
          onFocus={(event) => {
            setFocused(true)
            event.currentTarget.select()
          }}
          onClick={() => !open && browse()}
          onChange={(event) => change(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' && !open) browse()
            else if (event.key === 'ArrowDown')
              setActive((i) => Math.min(i + 1, entries.length - 1))
            else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0))
            else if (event.key === 'Enter') commit()
            else if (event.key === 'Escape' && keeps && open) setDismissed(true)
            else if (event.key === 'Escape' && !keeps && (open || query !== undefined))
              change(undefined)
            else return
            event.preventDefault()
            event.stopPropagation()
          }}
        />
        {creating && props.createExtra}
      </div>
      {unchosen && (
        <p className="field-note" id={noteId}>
          “{query.trim()}” is not chosen yet:{' '}
          {selected
            ? `${props.noun ?? 'the choice'} is still ${selected.label}.`
            : `${props.noun ?? 'the choice'} is not set.`}{' '}
          Press Enter in the field to choose from the list or add it.
        </p>
      )}
      {open && (
        <ul className="combobox-list" role="listbox" id={listId} aria-label={label}>
          {entries.map((option, index) => (
            <li
              key={option?.id ?? 'create'}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'is-active' : undefined}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => {
                setActive(index)
                if (option) onPick(option.id)
                else onCreate?.(query?.trim() ?? '')
                change(undefined)
              }}
            >
              {option ? (
                <>
                  <span>{option.label}</span>
                  {option.detail && <span className="option-detail">{option.detail}</span>}
                </>
              ) : (
                <span>
                  {props.createVerb ?? 'Create'} “{query?.trim()}”
                </span>
              )}
            </li>
          ))}
          {more > 0 && (
            <li role="presentation" className="combobox-more">
              {query?.trim()
                ? `${counted(more, 'more match', 'more matches')}: type more of the name`
                : `${counted(more, 'more', 'more')}: type to find them`}
            </li>
          )}
        </ul>
      )}
    </div>
  )
}
