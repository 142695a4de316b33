import { homedir } from 'node:os'
import { join, resolve } from 'node:path'

/** The archive folder named by `--archive DIR`, `--archive=DIR` or STANCEMARK_ARCHIVE. */
export function archiveDirFromArgs(argv: string[], env: NodeJS.ProcessEnv): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--archive' && argv[i + 1]) return resolve(argv[i + 1])
    if (arg.startsWith('--archive=')) return resolve(arg.slice('--archive='.length))
  }
  return env.STANCEMARK_ARCHIVE ? resolve(env.STANCEMARK_ARCHIVE) : undefined
}

/** Where Electron keeps `userData/archive` for an app named Stancemark, found without Electron. */
export function defaultArchiveDir(env: NodeJS.ProcessEnv = process.env): string {
  const home = homedir()
  if (process.platform === 'darwin')
    return join(home, 'Library', 'Application Support', 'Stancemark', 'archive')
  if (process.platform === 'win32')
    return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Stancemark', 'archive')
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Stancemark', 'archive')
}
