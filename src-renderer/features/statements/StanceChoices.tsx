import { useEffect, type RefObject } from 'react'
import type { Stance } from '../../../src-main/shared/model'
import { STANCE_CHOICES } from './stances'

interface StanceChoicesProps {
  /** The id of the element that names the group. */
  labelledBy: string
  stance?: Stance
  onChange: (stance: Stance | undefined) => void
  groupRef: RefObject<HTMLDivElement | null>
}

const STEPS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }

/**
 * The stance as a radio group (WAI-ARIA): one stop for Tab, on the checked stance (else the
 * first); the arrow keys move to the next one and check it. Clicking the checked one clears it.
 */
export function StanceChoices({ labelledBy, stance, onChange, groupRef }: StanceChoicesProps) {
  const checked = STANCE_CHOICES.findIndex((choice) => choice.stance === stance)
  const stop = Math.max(0, checked)

  // A stance chosen with a key while in the group (S, O, N, an arrow) takes the focus with it.
  useEffect(() => {
    const group = groupRef.current
    if (!group || checked < 0 || !group.contains(document.activeElement)) return
    group.querySelectorAll<HTMLButtonElement>('[role="radio"]')[checked]?.focus()
  }, [checked, groupRef])

  return (
    <div
      className="stance-choices"
      role="radiogroup"
      aria-labelledby={labelledBy}
      ref={groupRef}
      onKeyDown={(event) => {
        const step = STEPS[event.key]
        if (!step || event.altKey || event.ctrlKey || event.metaKey) return
        event.preventDefault()
        const radios = [...event.currentTarget.querySelectorAll('[role="radio"]')]
        const at = radios.indexOf(event.target as Element)
        const count = STANCE_CHOICES.length
        onChange(STANCE_CHOICES[(Math.max(at, 0) + step + count) % count].stance)
      }}
    >
      {STANCE_CHOICES.map((choice, index) => (
        <button
          key={choice.stance}
          type="button"
          role="radio"
          aria-checked={stance === choice.stance}
          tabIndex={index === stop ? 0 : -1}
          className={`stance-choice stance-${choice.stance}`}
          onClick={() => onChange(stance === choice.stance ? undefined : choice.stance)}
        >
          {choice.label}
        </button>
      ))}
    </div>
  )
}
