import { existsSync } from 'node:fs'
import { defineConfig } from '@playwright/test'

/** Debian's chromium, a CHROMIUM_PATH of the machine's choosing, or Playwright's own browser. */
function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']
  const found = candidates.find((path): path is string => !!path && existsSync(path))
  if (!found && !process.env.PLAYWRIGHT_BROWSERS_PATH) {
    console.warn(
      'No Chromium found: set CHROMIUM_PATH or install one (Debian: apt-get install chromium). Trying Playwright’s own browser.',
    )
  }
  return found
}

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/globalSetup.ts',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  reporter: [['list']],
  use: {
    viewport: { width: 1400, height: 900 },
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'chromium', use: { browserName: 'chromium' } },
    { name: 'electron', use: { browserName: 'chromium' } },
  ],
})
