import { useId, useMemo, useState, type ReactNode } from 'react'
import { counted } from './counted'
import { foldLabel } from '../src-main/shared/nameKey'
import { matchOptions } from './matchOptions'

export interface ComboOption {
  id: string
  label: string
  /** Other names it is found by (a speaker's aliases). */
  aliases?: string[]
  /** A name (a speaker's): found by another spelling, its surname or a near miss too. */
  isName?: boolean
  detail?: string
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
  const [query, setQuery] = useState<string>()
  // The list shown by a click or ↓, without a query.
  const [browsing, setBrowsing] = useState(false)
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

  const exact =
    query !== undefined &&
    options.some((o) =>
      [o.label, ...(o.aliases ?? [])].some((name) => foldLabel(name) === foldLabel(query)),
    )
  const creating = onCreate !== undefined && query !== undefined && query.trim() !== '' && !exact
  const open = (query !== undefined || browsing) && (matches.length > 0 || creating)
  const entries = creating ? [...matches, undefined] : matches

  const browse = () => {
    setBrowsing(true)
    setActive(Math.max(0, selected ? matches.indexOf(selected) : 0))
  }

  const change = (next: string | undefined) => {
    setQuery(next)
    setActive(0)
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

  const inputId = `${listId}-input`
  return (
    <div
      className={props.labelHidden ? 'combobox' : 'field combobox'}
      onBlur={(event) => {
        // Tab from the text to the kind of a new speaker keeps what was typed, to create it.
        if (!event.currentTarget.contains(event.relatedTarget)) change(undefined)
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
          autoComplete="off"
          placeholder={placeholder}
          disabled={props.disabled}
          value={text}
          onFocus={(event) => event.currentTarget.select()}
          onClick={() => !open && browse()}
          onChange={(event) => change(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' && !open) browse()
            else if (event.key === 'ArrowDown')
              setActive((i) => Math.min(i + 1, entries.length - 1))
            else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0))
            else if (event.key === 'Enter') commit()
            else if (event.key === 'Escape' && (open || query !== undefined)) change(undefined)
            else return
            event.preventDefault()
            event.stopPropagation()
          }}
        />
        {creating && props.createExtra}
      </div>
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
