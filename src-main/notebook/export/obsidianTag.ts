/**
 * A tag name Obsidian accepts (letters, digits, `_`, `-` and `/` for nesting, not only digits),
 * made from what the analyst typed: spaces become `-`, other characters are dropped.
 * Undefined when nothing usable is left.
 */
export function obsidianTag(text: string): string | undefined {
  const tag = text
    .normalize('NFC')
    .trim()
    .replace(/^#+/, '')
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{N}\p{M}_/-]/gu, '')
    .replace(/\/{2,}/g, '/')
    .replace(/^\/+|\/+$/g, '')
  if (!tag || /^[\d/]+$/.test(tag)) return undefined
  return tag
}
