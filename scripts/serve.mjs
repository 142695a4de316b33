// `npm run serve -- --archive DIR --port N`: builds the app, then serves it through the local host.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const run = (command, args) => spawnSync(command, args, { cwd: root, stdio: 'inherit' }).status ?? 1

if (!process.argv.includes('--no-build')) {
  const built = run(process.execPath, [
    'node_modules/electron-vite/bin/electron-vite.js',
    'build',
    '--logLevel',
    'warn',
  ])
  if (built !== 0) process.exit(built)
}
const args = process.argv.slice(2).filter((arg) => arg !== '--no-build')
process.exit(run(process.execPath, ['out/main/host.js', ...args]))
