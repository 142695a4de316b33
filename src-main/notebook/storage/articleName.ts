import { DamagedFileError } from './jsonFile'
import { titleHint } from './titleHint'

/**
 * How the analyst knows an article whose file cannot be read: its title from the catalog, or from
 * what is left of the file, or else the file's name.
 */
export function articleName(id: string, knownTitle: string | undefined, error: unknown): string {
  const title =
    knownTitle ?? (error instanceof DamagedFileError ? titleHint(error.text) : undefined)
  return title ? `The article “${title}”` : `An article file (${id}.json)`
}
