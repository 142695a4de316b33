// `npm run screenshot`: runs the core-loop test in Chromium and keeps its picture as the README's.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const picture = fileURLToPath(new URL('../docs/screenshot.png', import.meta.url))
const result = spawnSync(
  process.execPath,
  [
    'scripts/e2e.mjs',
    'tests/e2e/journeys/coreLoop.spec.ts',
    '--project=chromium',
    '-g',
    'paste an article',
  ],
  { cwd: root, stdio: 'inherit', env: { ...process.env, STANCEMARK_SCREENSHOT: picture } },
)
process.exit(result.error ? 1 : (result.status ?? 1))
