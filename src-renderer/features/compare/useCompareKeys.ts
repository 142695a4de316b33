import { useEffect, useLayoutEffect, useRef } from 'react'

interface CompareKeys {
  /** Whether the keys act (not while the consensus is being edited). */
  active: boolean
  /** `1`…`9`: take the version of the coder at this place (0 for the first). */
  take: (coder: number) => void
  /** `E`: edit the consensus. */
  edit: () => void
  /** `D`: drop the unit. */
  drop: () => void
  /** `J` / `K`: the next or previous unit. */
  move: (by: 1 | -1) => void
}

/** Whether a key typed there is text: the compare view's keys leave fields alone. */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName))

/** The compare view's keys, wherever the focus is on the page but in a field or a dialog. */
export function useCompareKeys(keys: CompareKeys) {
  const latest = useRef(keys)
  useLayoutEffect(() => {
    latest.current = keys
  })
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const { active, take, edit, drop, move } = latest.current
      if (!active || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey)
        return
      if (typing(event.target) || document.querySelector('dialog[open]')) return
      const key = event.key.toLowerCase()
      if (/^[1-9]$/.test(key)) take(Number(key) - 1)
      else if (key === 'e') edit()
      else if (key === 'd') drop()
      else if (key === 'j') move(1)
      else if (key === 'k') move(-1)
      else return
      event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
