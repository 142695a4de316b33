// `npm start`: the desktop app where Electron's runtime is installed, the app in a browser otherwise.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
// Not require('electron'): its index.js tries to download the runtime when it is missing.
import { electronBinary } from './electronRuntime.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const args = process.argv.slice(2)

function run(command, commandArgs, env = process.env) {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', env })
  if (result.error) console.error(`Stancemark could not run ${command}: ${result.error.message}`)
  return result.status ?? 1
}

const binary = electronBinary()
if (!binary) {
  console.log(
    "Electron's runtime is not installed on this machine (it could not be downloaded), so Stancemark opens in your browser instead:",
  )
  process.exit(run(process.execPath, ['scripts/serve.mjs', ...args]))
}

const built = run(process.execPath, [
  'node_modules/electron-vite/bin/electron-vite.js',
  'build',
  '--logLevel',
  'warn',
])
if (built !== 0) process.exit(built)
// Set by some editors' terminals; it would make Electron run as plain Node.
const { ELECTRON_RUN_AS_NODE: _, ...env } = process.env
process.exit(run(binary, ['.', ...args], env))
