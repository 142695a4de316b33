// `npm run test:e2e`: makes sure there is a Chromium (installing one where it can), then runs Playwright with it.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureChromium, systemChromiumPaths } from './findChromium.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const require = createRequire(import.meta.url)
const playwrightCli = join(dirname(require.resolve('@playwright/test/package.json')), 'cli.js')
const { chromium } = require('playwright-core')

const run = ([command, ...args], env = process.env) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env })
  return result.error ? 1 : (result.status ?? 1)
}

const found = ensureChromium({
  chromiumPath: process.env.CHROMIUM_PATH,
  exists: existsSync,
  systemPaths: systemChromiumPaths,
  playwrightChromium: chromium.executablePath(),
  playwrightInstall: [process.execPath, playwrightCli, 'install', 'chromium'],
  osRelease: existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '',
  isRoot: process.getuid?.() === 0,
  run: (command) => run(command, { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }),
  say: (line) => console.log(line),
})
if ('failure' in found) {
  console.error(found.failure)
  process.exit(1)
}
process.exit(
  run([process.execPath, playwrightCli, 'test', ...process.argv.slice(2)], {
    ...process.env,
    CHROMIUM_PATH: found.path,
  }),
)
