import { useEffect, useId, useLayoutEffect, useRef, type KeyboardEvent } from 'react'
import type { TextPoint } from '../../editor/statementView'

/** One statement offered: who said it and how its words begin. */
export interface StatementChoice {
  id: string
  speaker: string
  quote: string
}

interface StatementChooserProps {
  choices: StatementChoice[]
  at: TextPoint
  onChoose: (id: string) => void
  /** Closed without a choice; `back` when by a key, so the keyboard goes back to the text. */
  onClose: (back: boolean) => void
}

const MARGIN = 8

/**
 * The statements that share the words clicked (or the caret's), to open one: a small menu under
 * the line, on the first statement; arrows move, Enter opens, Esc goes back to the text. It sits
 * in the page's top layer (a popover), so no panel cuts it off.
 */
export function StatementChooser({ choices, at, onChoose, onClose }: StatementChooserProps) {
  const box = useRef<HTMLDivElement>(null)
  const caption = useId()

  useLayoutEffect(() => {
    const element = box.current
    if (!element) return
    element.showPopover()
    const { width, height } = element.getBoundingClientRect()
    const below = at.bottom + 4 + height <= window.innerHeight - MARGIN
    element.style.left = `${Math.max(MARGIN, Math.min(at.left, window.innerWidth - width - MARGIN))}px`
    element.style.top = `${below ? at.bottom + 4 : Math.max(MARGIN, at.top - 4 - height)}px`
    element.querySelector<HTMLElement>('[role="menuitem"]')?.focus({ preventScroll: true })
  }, [at])

  useEffect(() => {
    const element = box.current
    // A press elsewhere, or the text scrolling away from under it, closes it, as menus do.
    const away = (event: Event) => {
      if (!element?.contains(event.target as Node)) onClose(false)
    }
    document.addEventListener('pointerdown', away, true)
    document.addEventListener('scroll', away, true)
    return () => {
      document.removeEventListener('pointerdown', away, true)
      document.removeEventListener('scroll', away, true)
    }
  }, [onClose])

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(box.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])]
    const current = items.indexOf(document.activeElement as HTMLElement)
    const step: Record<string, number> = { ArrowDown: 1, ArrowUp: -1 }
    if (event.key in step) items[(current + step[event.key] + items.length) % items.length]?.focus()
    else if (event.key === 'Home') items[0]?.focus()
    else if (event.key === 'End') items.at(-1)?.focus()
    else if (event.key === 'Escape' || event.key === 'Tab') onClose(true)
    else return
    event.preventDefault()
    event.stopPropagation()
  }

  return (
    <div ref={box} className="statement-chooser" popover="manual" onKeyDown={onKeyDown}>
      <p id={caption} className="statement-chooser-caption">
        {choices.length} statements share these words
      </p>
      <div role="menu" aria-labelledby={caption}>
        {choices.map((choice) => (
          <button key={choice.id} type="button" role="menuitem" onClick={() => onChoose(choice.id)}>
            <span className="statement-chooser-speaker">{choice.speaker}</span>{' '}
            <span className="statement-chooser-quote">“{choice.quote}”</span>
          </button>
        ))}
      </div>
    </div>
  )
}
