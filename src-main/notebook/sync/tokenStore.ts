import { randomUUID } from 'node:crypto'
import { chmod, mkdir, readFile, realpath, rename, rm, writeFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { z } from 'zod'

/**
 * Where a team archive's token is kept, outside the archive so it never enters it or its
 * history. The host and the desktop app each give the notebook theirs at open.
 */
export interface TokenStore {
  read(archiveDir: string): Promise<string | undefined>
  /** Keeps `token` for the archive; `undefined` forgets it. */
  write(archiveDir: string, token: string | undefined): Promise<void>
}

/** How a token is kept on disk: as it is (the host), or sealed by the system (the desktop). */
export interface TokenSeal {
  seal(token: string): string
  open(sealed: string): string
}

const AS_IT_IS: TokenSeal = { seal: (token) => token, open: (sealed) => sealed }

const TokenFileData = z.record(z.string(), z.string())

/** The app's config folder: XDG_CONFIG_HOME (or ~/.config) /Stancemark. */
export function configFolder(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Stancemark')
}

/**
 * The tokens of every team archive on this machine, in one file readable by its owner alone
 * (mode 0600), keyed by the archive's real path.
 */
export class TokenFile implements TokenStore {
  readonly file: string
  readonly #seal: TokenSeal

  constructor(folder: string, seal: TokenSeal = AS_IT_IS) {
    this.file = join(folder, 'sync-tokens.json')
    this.#seal = seal
  }

  async read(archiveDir: string): Promise<string | undefined> {
    const sealed = (await this.#all())[await keyOf(archiveDir)]
    return sealed === undefined ? undefined : this.#seal.open(sealed)
  }

  async write(archiveDir: string, token: string | undefined): Promise<void> {
    const all = await this.#all()
    const key = await keyOf(archiveDir)
    if (token === undefined) delete all[key]
    else all[key] = this.#seal.seal(token)
    await mkdir(join(this.file, '..'), { recursive: true, mode: 0o700 })
    // Made 0600 before a byte is written, then renamed over the old file: never readable by others.
    const temp = `${this.file}.${randomUUID().slice(0, 8)}.tmp`
    try {
      await writeFile(temp, `${JSON.stringify(all, null, 2)}\n`, { mode: 0o600 })
      await chmod(temp, 0o600)
      await rename(temp, this.file)
    } finally {
      await rm(temp, { force: true })
    }
  }

  async #all(): Promise<Record<string, string>> {
    try {
      return TokenFileData.parse(JSON.parse(await readFile(this.file, 'utf8')))
    } catch {
      // Missing or unreadable: no token kept; the analyst enters it again in Settings → Team.
      return {}
    }
  }
}

async function keyOf(archiveDir: string): Promise<string> {
  return realpath(archiveDir).catch(() => resolve(archiveDir))
}
