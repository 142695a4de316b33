import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { Id } from '../../shared/model'
import { writeFileAtomically } from './writeFileAtomically'

/**
 * Who codes on this machine: `local/coder.json` in the archive, not part of its shared data (a
 * copy or a sync of the archive elsewhere has its own coder). Never in backups or the archive zip.
 */
export const LOCAL_FOLDER = 'local'
const LocalCoder = z.object({ coderId: Id })

const fileOf = (dir: string) => join(dir, LOCAL_FOLDER, 'coder.json')

/** The coder chosen on this machine, or undefined when none was (or the file is unreadable). */
export async function readLocalCoder(dir: string): Promise<string | undefined> {
  try {
    return LocalCoder.parse(JSON.parse(await readFile(fileOf(dir), 'utf8'))).coderId
  } catch {
    // Missing or damaged: the archive's first coder codes, as on a machine that never chose.
    return undefined
  }
}

export async function writeLocalCoder(dir: string, coderId: string): Promise<void> {
  await mkdir(join(dir, LOCAL_FOLDER), { recursive: true })
  await writeFileAtomically(fileOf(dir), `${JSON.stringify({ coderId }, null, 2)}\n`)
}
