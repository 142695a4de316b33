import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { isArticleFileName } from './articleFileNames'
import { REGISTRY_FILE } from './registryFile'
import { writeFileAtomically } from './writeFileAtomically'

export const GITIGNORE_FILE = '.gitignore'

/**
 * The archive's `.gitignore`: a list of what may travel, everything else ignored (the catalog
 * cache, index/, backups/, quarantine/, trash/, local/, the lock, temp files), so a sync tool or
 * git sees only the shared files. It says what isSharedFile says.
 */
export const GITIGNORE_TEXT = `# Written by Stancemark: only the archive's shared files travel; the rest is this machine's.
/*
!/.gitignore
!/${REGISTRY_FILE}
!/articles
/articles/*
!/articles/*.json
/articles/.*
`

/**
 * Whether a file of the archive (its path from the archive's folder, with `/`) is shared with a
 * team: the articles, the registry and the .gitignore. Every other file stays on this machine.
 */
export function isSharedFile(path: string): boolean {
  if (path === REGISTRY_FILE || path === GITIGNORE_FILE) return true
  const [folder, name, ...rest] = path.split('/')
  return folder === 'articles' && rest.length === 0 && !!name && isArticleFileName(name)
}

/** Writes the archive's .gitignore when it is missing or says something else. */
export async function writeGitignore(archiveDir: string): Promise<void> {
  const file = join(archiveDir, GITIGNORE_FILE)
  const now = await readFile(file, 'utf8').catch(() => undefined)
  if (now !== GITIGNORE_TEXT) await writeFileAtomically(file, GITIGNORE_TEXT)
}
