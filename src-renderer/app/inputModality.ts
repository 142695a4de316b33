/**
 * Marks the page (`data-input` on <html>) with what the analyst last used, the keyboard or a
 * pointer: the article text shows its caret and focus to someone working from the keyboard, which
 * :focus-visible cannot tell, as it always matches a text that takes keys.
 */
export function trackInputModality(root: HTMLElement = document.documentElement): void {
  const using = (input: 'keyboard' | 'pointer') => () => {
    if (root.dataset.input !== input) root.dataset.input = input
  }
  document.addEventListener('keydown', using('keyboard'), true)
  document.addEventListener('pointerdown', using('pointer'), true)
}
