import filenamify from 'filenamify'

const MAX_LENGTH = 100
const EXTENSION = '.md'

/**
 * A file name for the exported article: its title, safe on every system and in Obsidian links
 * (which also break on `#`, `^`, `[`, `]` and `|`), or `article.md` when nothing is left.
 */
export function markdownFilename(title: string): string {
  const base = filenamify(title.replace(/[#^[\]|]/g, ' '), {
    replacement: ' ',
    maxLength: MAX_LENGTH - EXTENSION.length,
  })
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
  return /[\p{L}\p{N}]/u.test(base) ? base + EXTENSION : 'article' + EXTENSION
}
