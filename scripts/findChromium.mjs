// Finds a Chromium for the end-to-end tests, and installs one where it can, so that
// `npm install && npm test` passes on a fresh machine (Playwright's download, or Debian's package).

/** Where a system's package manager puts Chromium (or Chrome). */
export const systemChromiumPaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
]

const isDebianLike = (osRelease) => /^ID(_LIKE)?=[^\n]*\b(debian|ubuntu)\b/m.test(osRelease)

/**
 * @typedef {object} Machine what the step may look at and do
 * @property {string | undefined} chromiumPath the CHROMIUM_PATH the analyst set
 * @property {(path: string) => boolean} exists
 * @property {string[]} systemPaths
 * @property {string} playwrightChromium the executable Playwright's own download installs
 * @property {string[]} playwrightInstall the command that downloads it
 * @property {string} osRelease the text of /etc/os-release ('' where there is none)
 * @property {boolean} isRoot
 * @property {(command: string[]) => number} run runs a command, showing its output; its exit status
 * @property {(line: string) => void} say
 */

/**
 * CHROMIUM_PATH's or the system's Chromium, else Playwright's (downloaded if need be), else on
 * Debian/Ubuntu the `chromium` package; where none can be had, a sentence naming what to run.
 * @param {Machine} machine
 * @returns {{ path: string } | { failure: string }}
 */
export function ensureChromium(machine) {
  const { chromiumPath, exists, say, run } = machine
  if (chromiumPath) {
    if (exists(chromiumPath)) return { path: chromiumPath }
    return {
      failure: `CHROMIUM_PATH is set to ${chromiumPath}, which does not exist: point it at a Chromium or unset it, then run npm test again.`,
    }
  }
  const system = () => machine.systemPaths.find(exists)
  const installed =
    system() ?? (exists(machine.playwrightChromium) ? machine.playwrightChromium : undefined)
  if (installed) return { path: installed }

  say('No Chromium on this machine for the end-to-end tests: downloading Playwright’s…')
  if (run(machine.playwrightInstall) === 0 && exists(machine.playwrightChromium))
    return { path: machine.playwrightChromium }

  const debian = isDebianLike(machine.osRelease) && exists('/usr/bin/apt-get')
  const apt = !debian
    ? undefined
    : machine.isRoot
      ? ['apt-get']
      : exists('/usr/bin/sudo')
        ? ['sudo', '-n', 'apt-get']
        : undefined
  if (apt) {
    say('Playwright’s download failed: installing the chromium package with apt-get…')
    if (
      run([...apt, 'update', '-qq']) === 0 &&
      run([...apt, 'install', '-y', '-qq', 'chromium']) === 0
    ) {
      const fromApt = system()
      if (fromApt) return { path: fromApt }
    }
  }
  return {
    failure: debian
      ? 'No Chromium for the end-to-end tests, and none could be installed: run `sudo apt-get install chromium` (or `npx playwright install chromium`), or set CHROMIUM_PATH to one, then npm test again.'
      : 'No Chromium for the end-to-end tests, and none could be installed: run `npx playwright install chromium`, or set CHROMIUM_PATH to one, then npm test again.',
  }
}
