import type { SuggestionAction } from '../../editor/suggestionView'

const KEYS: Record<string, SuggestionAction> = {
  j: 'next',
  ']': 'next',
  k: 'previous',
  '[': 'previous',
  a: 'accept',
  A: 'accept-as-is',
  x: 'reject',
  Delete: 'reject',
  l: 'accept-speaker',
}

/**
 * What a key pressed outside the article text does to the suggestions: only on the page itself or
 * on the suggestions bar, never in a field, the notes or the statement form. (In the text, the
 * editor's own shortcuts answer; see SuggestionView.)
 */
export function suggestionKeyAction(event: KeyboardEvent): SuggestionAction | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined
  const target = event.target
  const onPage = target === document.body || target === document.documentElement
  const onBar = target instanceof Element && target.closest('.suggestion-bar') !== null
  if (!onPage && !onBar) return undefined
  if (event.key === 'Enter') return onPage ? 'accept' : undefined
  return KEYS[event.key]
}
