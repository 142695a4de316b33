import { useLayoutEffect, useState, type RefObject } from 'react'

/** The width of an element's content box, followed as the window or the layout changes it. */
export function useElementWidth(element: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0)
  useLayoutEffect(() => {
    const target = element.current
    if (!target) return
    const measure = () => {
      const style = getComputedStyle(target)
      const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight)
      setWidth(Math.max(0, target.clientWidth - padding))
    }
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(target)
    return () => observer.disconnect()
  }, [element])
  return width
}
