import { spawnSync } from 'node:child_process'
import { describe, expect, test } from 'vitest'
import { ensureChromium, type Machine } from '../../../scripts/findChromium.mjs'

const debian = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n'
const fedora = 'NAME="Fedora Linux"\nID=fedora\n'

/** A machine of files and commands: each command run is recorded, and may put files in place. */
function machineWith(
  files: string[],
  outcome: Partial<Machine> & { installs?: Record<string, { status: number; puts?: string }> } = {},
) {
  const present = new Set(files)
  const ran: string[] = []
  const said: string[] = []
  const machine: Machine = {
    chromiumPath: undefined,
    exists: (path) => present.has(path),
    systemPaths: ['/usr/bin/chromium'],
    playwrightChromium: '/home/a/.cache/ms-playwright/chromium/chrome',
    playwrightInstall: ['node', 'playwright', 'install', 'chromium'],
    osRelease: debian,
    isRoot: true,
    run(command) {
      const line = command.join(' ')
      ran.push(line)
      const result = outcome.installs?.[line] ?? { status: 1 }
      if (result.puts) present.add(result.puts)
      return result.status
    },
    say: (line) => said.push(line),
    ...outcome,
  }
  return { machine, ran, said }
}

describe('finding a Chromium for the end-to-end tests', () => {
  test('CHROMIUM_PATH is used as it is, and nothing is installed', () => {
    const { machine, ran } = machineWith(['/opt/chrome', '/usr/bin/chromium'], {
      chromiumPath: '/opt/chrome',
    })
    expect(ensureChromium(machine)).toEqual({ path: '/opt/chrome' })
    expect(ran).toEqual([])
  })

  test('a CHROMIUM_PATH that does not exist stops in one sentence naming it', () => {
    const { machine, ran } = machineWith(['/usr/bin/chromium'], { chromiumPath: '/opt/gone' })
    expect(ensureChromium(machine)).toEqual({
      failure:
        'CHROMIUM_PATH is set to /opt/gone, which does not exist: point it at a Chromium or unset it, then run npm test again.',
    })
    expect(ran).toEqual([])
  })

  test('the system’s Chromium is found before anything is downloaded', () => {
    const { machine, ran } = machineWith(['/usr/bin/chromium'])
    expect(ensureChromium(machine)).toEqual({ path: '/usr/bin/chromium' })
    expect(ran).toEqual([])
  })

  test('Playwright’s browser, once downloaded, is used without downloading again', () => {
    const { machine, ran } = machineWith(['/home/a/.cache/ms-playwright/chromium/chrome'])
    expect(ensureChromium(machine)).toEqual({
      path: '/home/a/.cache/ms-playwright/chromium/chrome',
    })
    expect(ran).toEqual([])
  })

  test('with no Chromium, Playwright’s is downloaded first', () => {
    const { machine, ran, said } = machineWith(['/usr/bin/apt-get'], {
      installs: {
        'node playwright install chromium': {
          status: 0,
          puts: '/home/a/.cache/ms-playwright/chromium/chrome',
        },
      },
    })
    expect(ensureChromium(machine)).toEqual({
      path: '/home/a/.cache/ms-playwright/chromium/chrome',
    })
    expect(ran).toEqual(['node playwright install chromium'])
    expect(said).toEqual([
      'No Chromium on this machine for the end-to-end tests: downloading Playwright’s…',
    ])
  })

  test('where Playwright’s download fails on Debian, the chromium package is installed as root', () => {
    const { machine, ran } = machineWith(['/usr/bin/apt-get'], {
      installs: {
        'apt-get update -qq': { status: 0 },
        'apt-get install -y -qq chromium': { status: 0, puts: '/usr/bin/chromium' },
      },
    })
    expect(ensureChromium(machine)).toEqual({ path: '/usr/bin/chromium' })
    expect(ran).toEqual([
      'node playwright install chromium',
      'apt-get update -qq',
      'apt-get install -y -qq chromium',
    ])
  })

  test('a user who is not root installs the package through sudo, never asked for a password', () => {
    const { machine, ran } = machineWith(['/usr/bin/apt-get', '/usr/bin/sudo'], {
      isRoot: false,
      osRelease: 'ID=ubuntu\nID_LIKE=debian\n',
      installs: {
        'sudo -n apt-get update -qq': { status: 0 },
        'sudo -n apt-get install -y -qq chromium': { status: 0, puts: '/usr/bin/chromium' },
      },
    })
    expect(ensureChromium(machine)).toEqual({ path: '/usr/bin/chromium' })
    expect(ran.slice(1)).toEqual([
      'sudo -n apt-get update -qq',
      'sudo -n apt-get install -y -qq chromium',
    ])
  })

  test('on Debian where nothing can be installed, one sentence names the commands to run', () => {
    const { machine } = machineWith(['/usr/bin/apt-get', '/usr/bin/sudo'], { isRoot: false })
    expect(ensureChromium(machine)).toEqual({
      failure:
        'No Chromium for the end-to-end tests, and none could be installed: run `sudo apt-get install chromium` (or `npx playwright install chromium`), or set CHROMIUM_PATH to one, then npm test again.',
    })
  })

  test('elsewhere, the sentence names Playwright’s download and tries no package manager', () => {
    const { machine, ran } = machineWith(['/usr/bin/apt-get'], { osRelease: fedora })
    expect(ensureChromium(machine)).toEqual({
      failure:
        'No Chromium for the end-to-end tests, and none could be installed: run `npx playwright install chromium`, or set CHROMIUM_PATH to one, then npm test again.',
    })
    expect(ran).toEqual(['node playwright install chromium'])
  })

  test('npm run test:e2e stops before Playwright starts when CHROMIUM_PATH names no file', () => {
    const result = spawnSync(process.execPath, ['scripts/e2e.mjs', '--list'], {
      env: { ...process.env, CHROMIUM_PATH: '/nowhere/chromium' },
      encoding: 'utf8',
    })
    expect(result.status).toBe(1)
    expect(result.stderr.trim()).toBe(
      'CHROMIUM_PATH is set to /nowhere/chromium, which does not exist: point it at a Chromium or unset it, then run npm test again.',
    )
    expect(result.stdout).toBe('')
  })
})
