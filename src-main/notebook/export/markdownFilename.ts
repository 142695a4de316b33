import filenamify from 'filenamify'

const MAX_LENGTH = 100
/** Most file systems allow 255 bytes: room is left for " (99)" and the temp name of a write. */
const MAX_BYTES = 200
const EXTENSION = '.md'

/** The longest start of `text` within `bytes` of UTF-8, never splitting a character. */
function withinBytes(text: string, bytes: number): string {
  let kept = ''
  let used = 0
  for (const char of text) {
    used += Buffer.byteLength(char)
    if (used > bytes) break
    kept += char
  }
  return kept
}

/**
 * A file name for the exported article: its title, safe on every system and in Obsidian links
 * (which also break on `#`, `^`, `[`, `]` and `|`), or `article.md` when nothing is left. Windows'
 * reserved names get a `!` (`CON!.md`); the name is NFC, as macOS would compare it, and at most
 * 100 characters and 200 bytes.
 */
export function markdownFilename(title: string): string {
  const safe = filenamify(title.normalize('NFC').replace(/[#^[\]|]/g, ' '), {
    replacement: ' ',
    maxLength: MAX_LENGTH - EXTENSION.length,
  }).replace(/\s+/g, ' ')
  const base = withinBytes(safe, MAX_BYTES - EXTENSION.length).replace(/^[\s.]+|[\s.]+$/g, '')
  return /[\p{L}\p{N}]/u.test(base) ? base + EXTENSION : 'article' + EXTENSION
}
