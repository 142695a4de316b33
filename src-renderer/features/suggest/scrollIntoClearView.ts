/** The nearest ancestor that scrolls, or the page. */
function scrollerOf(element: Element): Element {
  for (let at = element.parentElement; at; at = at.parentElement) {
    const { overflowY } = getComputedStyle(at)
    if ((overflowY === 'auto' || overflowY === 'scroll') && at.scrollHeight > at.clientHeight)
      return at
  }
  return document.scrollingElement ?? document.documentElement
}

/**
 * Brings an element into view between the bars that stay on screen above and below it (sticky
 * ones, which the browser's own scrolling would leave it under): not at all if it is clear of them
 * already, else to the middle of what they leave free.
 */
export function scrollIntoClearView(
  element: Element,
  bars: { above?: Element | null; below?: Element | null },
): void {
  const scroller = scrollerOf(element)
  const port =
    scroller === document.scrollingElement
      ? { top: 0, bottom: window.innerHeight }
      : scroller.getBoundingClientRect()
  const top = Math.max(port.top, bars.above?.getBoundingClientRect().bottom ?? port.top)
  const bottom = Math.min(port.bottom, bars.below?.getBoundingClientRect().top ?? port.bottom)
  const box = element.getBoundingClientRect()
  if (box.top >= top && box.bottom <= bottom) return
  scroller.scrollBy({ top: (box.top + box.bottom) / 2 - (top + bottom) / 2 })
}
