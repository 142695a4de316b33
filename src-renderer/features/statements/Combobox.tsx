import { useId, useMemo, useState, type ReactNode } from 'react'
import { foldText } from './foldText'

export interface ComboOption {
  id: string
  label: string
  /** Other names it is found by (a speaker's aliases). */
  aliases?: string[]
  detail?: string
}

interface ComboboxProps {
  label: string
  options: ComboOption[]
  selectedId?: string
  inputRef?: React.Ref<HTMLInputElement>
  placeholder?: string
  onPick: (id: string | undefined) => void
  /** Creates a new entry from the typed text; Enter calls it when nothing matches exactly. */
  onCreate: (text: string) => void
  /** Called after a pick or create with Enter, to move on to the next field. */
  onDone?: () => void
  onQueryChange?: (query: string) => void
  /** Shown beside the field while the typed text would create a new entry. */
  createExtra?: ReactNode
  createVerb?: string
}

const MAX_SHOWN = 8

/** A text field with type-ahead over a list; Enter picks the highlighted entry or creates a new one. */
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
  const [active, setActive] = useState(0)
  const text = query ?? selected?.label ?? ''

  const matches = useMemo(() => {
    const folded = foldText(query ?? '')
    if (!folded) return options.slice(0, MAX_SHOWN)
    const scored = options.flatMap((option) => {
      const names = [option.label, ...(option.aliases ?? [])].map(foldText)
      if (names.some((name) => name.startsWith(folded))) return [{ option, score: 0 }]
      if (names.some((name) => name.includes(folded))) return [{ option, score: 1 }]
      return []
    })
    return scored
      .sort((a, b) => a.score - b.score)
      .slice(0, MAX_SHOWN)
      .map((s) => s.option)
  }, [options, query])

  const exact =
    query !== undefined &&
    options.some((o) =>
      [o.label, ...(o.aliases ?? [])].some((name) => foldText(name) === foldText(query)),
    )
  const creating = query !== undefined && query.trim() !== '' && !exact
  const open = query !== undefined && (matches.length > 0 || creating)
  const entries = creating ? [...matches, undefined] : matches

  const change = (next: string | undefined) => {
    setQuery(next)
    setActive(0)
    onQueryChange?.(next ?? '')
  }

  const commit = () => {
    const entry = entries[active]
    if (query !== undefined && query.trim() === '') onPick(undefined)
    else if (entry) onPick(entry.id)
    else if (creating) onCreate(query.trim())
    change(undefined)
    onDone?.()
  }

  return (
    <div className="field combobox">
      <label htmlFor={`${listId}-input`}>{label}</label>
      <div className="combobox-row">
        <input
          id={`${listId}-input`}
          ref={inputRef}
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open ? `${listId}-${active}` : undefined}
          autoComplete="off"
          placeholder={placeholder}
          value={text}
          onFocus={(event) => event.currentTarget.select()}
          onChange={(event) => change(event.currentTarget.value)}
          onBlur={() => change(undefined)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, entries.length - 1))
            else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0))
            else if (event.key === 'Enter') commit()
            else if (event.key === 'Escape' && query !== undefined) change(undefined)
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
                else onCreate(query?.trim() ?? '')
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
        </ul>
      )}
    </div>
  )
}
