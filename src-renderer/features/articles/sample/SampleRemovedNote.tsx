import { useEffect, useRef } from 'react'

interface SampleRemovedNoteProps {
  /** What removing the sample took away. */
  message: string
  /** Take the keyboard: the button that removed the sample is gone, and no article's text is shown. */
  focus: boolean
  onDismiss: () => void
}

/** Says what went with the sample, until dismissed. */
export function SampleRemovedNote({ message, focus, onDismiss }: SampleRemovedNoteProps) {
  const note = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (focus) note.current?.focus()
  }, [focus])
  return (
    <div className="banner" role="status" tabIndex={-1} ref={note}>
      {message}
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  )
}
