import { useEffect, useState } from 'react'

interface ArticleTitleProps {
  title: string
  readOnly: boolean
  /** A new title, never empty: an article always has one. */
  onChange: (title: string) => void
  /** Enter: on to the text. */
  onDone: () => void
}

/**
 * The article's title, edited in place. Emptied, it is kept unsaved until words are typed again,
 * and comes back on leaving the field: a save of no title would be refused, and with it the
 * analyst's every later change.
 */
export function ArticleTitle({ title, readOnly, onChange, onDone }: ArticleTitleProps) {
  const [text, setText] = useState(title)
  useEffect(() => setText(title), [title])
  return (
    <textarea
      className="article-title"
      aria-label="Article title"
      rows={1}
      readOnly={readOnly}
      value={text}
      onChange={(event) => {
        const typed = event.currentTarget.value.replace(/\s*\n\s*/g, ' ')
        setText(typed)
        if (typed.trim()) onChange(typed)
      }}
      onBlur={() => {
        if (!text.trim()) setText(title)
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault()
          onDone()
        }
      }}
    />
  )
}
