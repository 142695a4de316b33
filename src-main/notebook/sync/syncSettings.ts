import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { LOCAL_FOLDER } from '../storage/localCoder'
import { writeFileAtomically } from '../storage/writeFileAtomically'

/**
 * This machine's side of a team archive: the remote (never its token) and how the last sync
 * went. Kept in `local/sync.json`, which never travels: another analyst has their own.
 */
export const SyncSettings = z.object({
  remote: z.object({ url: z.string(), username: z.string().optional() }).nullable(),
  lastSynced: z.string().nullable(),
  /** How the last sync ended, for the state shown before the next one. */
  lastState: z.enum(['up-to-date', 'offline', 'refused']).nullable(),
  message: z.string().nullable(),
  /** Shared files committed here and not yet on the server, as the last sync left them. */
  waiting: z.array(z.string()),
})
export type SyncSettings = z.infer<typeof SyncSettings>

export const NO_SYNC: SyncSettings = {
  remote: null,
  lastSynced: null,
  lastState: null,
  message: null,
  waiting: [],
}

const fileOf = (dir: string) => join(dir, LOCAL_FOLDER, 'sync.json')

export async function readSyncSettings(dir: string): Promise<SyncSettings> {
  try {
    return SyncSettings.parse(JSON.parse(await readFile(fileOf(dir), 'utf8')))
  } catch {
    // Missing or damaged: not shared; the analyst sets the remote again in Settings → Team.
    return NO_SYNC
  }
}

export async function writeSyncSettings(dir: string, settings: SyncSettings): Promise<void> {
  await mkdir(join(dir, LOCAL_FOLDER), { recursive: true })
  await writeFileAtomically(fileOf(dir), `${JSON.stringify(settings, null, 2)}\n`)
}
