import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { LOCAL_FOLDER } from './localCoder'
import { writeFileAtomically } from './writeFileAtomically'

/**
 * Whether this archive suggests statements on this machine: `local/suggestions.json`, kept with
 * the archive but not part of its shared data (never in backups, the zip or a sync).
 */
const LocalSuggestions = z.object({ on: z.boolean() })

const fileOf = (dir: string) => join(dir, LOCAL_FOLDER, 'suggestions.json')

/** On unless turned off here (a missing or damaged file is the default: on). */
export async function readSuggestionsOn(dir: string): Promise<boolean> {
  try {
    return LocalSuggestions.parse(JSON.parse(await readFile(fileOf(dir), 'utf8'))).on
  } catch {
    return true
  }
}

export async function writeSuggestionsOn(dir: string, on: boolean): Promise<void> {
  await mkdir(join(dir, LOCAL_FOLDER), { recursive: true })
  await writeFileAtomically(fileOf(dir), `${JSON.stringify({ on }, null, 2)}\n`)
}
