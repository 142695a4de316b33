import { useState } from 'react'
import { commaList } from '../../ui/commaList'
import { usePendingText } from './usePendingText'

/** The archive's limit on one tag. */
const MAX_TAG_LENGTH = 100

interface TagsFieldProps {
  id: string
  tags: string[]
  onChange: (tags: string[]) => void
}

/**
 * A statement's tags: typed, each added by Enter, a comma or leaving the field (and by closing the
 * form), shown below it with a button to remove each.
 */
export function TagsField({ id, tags, onChange }: TagsFieldProps) {
  const [text, setText] = useState('')
  const add = (typed: string) => {
    const added = commaList(typed)
      .map((tag) => tag.slice(0, MAX_TAG_LENGTH).trim())
      .filter((tag) => !tags.includes(tag))
    if (added.length > 0) onChange([...new Set([...tags, ...added])])
  }
  const pending = usePendingText(add)
  const addTyped = () => {
    pending.flush()
    setText('')
  }

  return (
    <div className="field">
      <label htmlFor={id}>Tags</label>
      <input
        id={id}
        value={text}
        placeholder="a tag, then Enter"
        onChange={(event) => {
          const value = event.currentTarget.value
          // What comes before a comma is a tag already; what follows is still being typed.
          const cut = value.lastIndexOf(',')
          if (cut >= 0) add(value.slice(0, cut))
          const rest = cut >= 0 ? value.slice(cut + 1).trimStart() : value
          pending.typed(rest)
          setText(rest)
        }}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return
          event.preventDefault()
          addTyped()
        }}
        onBlur={addTyped}
      />
      {tags.length > 0 && (
        <ul className="tag-chips" aria-label="Tags of this statement">
          {tags.map((tag) => (
            <li key={tag} className="tag-chip">
              {tag}
              <button
                type="button"
                aria-label={`Remove tag ${tag}`}
                title="Remove tag"
                onClick={() => onChange(tags.filter((other) => other !== tag))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
