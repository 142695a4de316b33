import { useEffect, useRef } from 'react'

/**
 * A toolbar menu made of `<details>`: its ref, and `close()`. A click anywhere else closes it, as
 * menus do.
 */
export function useToolbarMenu() {
  const menu = useRef<HTMLDetailsElement>(null)
  const close = () => menu.current?.removeAttribute('open')
  useEffect(() => {
    const outside = (event: MouseEvent) => {
      if (!menu.current?.contains(event.target as Node)) menu.current?.removeAttribute('open')
    }
    document.addEventListener('mousedown', outside)
    return () => document.removeEventListener('mousedown', outside)
  }, [])
  return { menu, close }
}
