import { fileURLToPath } from 'node:url'
import { archiveDirFromArgs, defaultArchiveDir } from '../notebook/storage/archiveLocation'
import { openNotebook } from '../notebook/notebook'
import { configFolder, TokenFile } from '../notebook/sync/tokenStore'
import { startHost } from './server'
import { messageOf } from '../shared/errors'

/** How long a stop waits for calls under way to finish before the host ends anyway. */
const STOP_WITHIN_MS = 5_000

// Built to out/main/host.js: the renderer and resources are found relative to it.
const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url))
const resourcesDir = fileURLToPath(new URL('../../resources', import.meta.url))

function portFromArgs(argv: string[]): number {
  const at = argv.findIndex((arg) => arg === '--port')
  const value = at >= 0 ? argv[at + 1] : argv.find((arg) => arg.startsWith('--port='))?.slice(7)
  const port = Number(value ?? 0)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port takes a number from 0 to 65535, not “${value}”.`)
  return port
}

/** The folder after `--vault` (or `--vault=`), if any: the vault kept in sync with every save. */
function vaultFromArgs(argv: string[]): string | undefined {
  const at = argv.findIndex((arg) => arg === '--vault')
  const value = at >= 0 ? argv[at + 1] : argv.find((arg) => arg.startsWith('--vault='))?.slice(8)
  if (value === undefined) return undefined
  if (value.trim() === '' || value.startsWith('--'))
    throw new Error('--vault takes the folder of the Obsidian vault to keep in sync.')
  return value
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2)
  const archiveDir = archiveDirFromArgs(argv, process.env) ?? defaultArchiveDir()
  const vaultDir = vaultFromArgs(argv)
  // The team archive's token: in the app's config folder, outside the archive (mode 0600).
  const tokens = new TokenFile(configFolder(process.env))
  const notebook = await openNotebook({ archiveDir, resourcesDir, app: 'host', tokens })
  const host = await startHost({ notebook, rendererDir, port: portFromArgs(argv) })
  console.log(`Stancemark serving ${archiveDir} at ${host.url}`)
  const info = await notebook.getArchiveInfo()
  if (info.lockedBy) console.log(`Note: ${info.lockedBy.message}`)
  for (const notice of info.notices) console.log(`Note: ${notice.message}`)
  // A vault that cannot be kept in sync is said, and the archive is served all the same.
  if (vaultDir !== undefined)
    void notebook.setLiveVault({ folder: vaultDir }).then(
      (live) =>
        console.log(
          live.on
            ? `Keeping the Obsidian vault in ${live.folder} in sync with every save`
            : `Note: ${live.stopped}`,
        ),
      (error: unknown) => console.log(`Note: the vault is not kept in sync: ${messageOf(error)}`),
    )
  let stopping = false
  const stop = () => {
    if (stopping) return
    stopping = true
    // What is still under way then is given up: every write is atomic, so nothing is left half
    // written, and the lock of a process that is gone is taken over by the next opener.
    setTimeout(() => {
      console.error(
        'stancemark: stopped before the work under way was done (nothing is half written)',
      )
      process.exit(1)
    }, STOP_WITHIN_MS).unref()
    void host
      .close()
      .then(() => notebook.close())
      .finally(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(`Stancemark could not start: ${messageOf(error)}`)
  process.exit(1)
})
