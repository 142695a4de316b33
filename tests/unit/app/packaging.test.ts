import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { listPackage } from '@electron/asar'
import { build as buildApp } from 'electron-vite'
import { build as buildPackage, Platform } from 'electron-builder'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

const root = resolve(import.meta.dirname, '..', '..', '..')
const packageJson = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'))
// Electron's fuse wire: a sentinel, the wire's version and length, then one byte per fuse.
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
const FUSES = ['RunAsNode', 'CookieEncryption', 'NodeOptions', 'Inspect', 'AsarIntegrity'].concat([
  'OnlyAsar',
  'BrowserV8Snapshot',
  'FileProtocolPrivileges',
])

/**
 * Electron's runtime cannot be downloaded here, so electron-builder packages onto a stand-in: a
 * folder as Electron's zip unpacks, its executable random bytes around a fuse wire as shipped.
 */
async function standInElectron(folder: string): Promise<void> {
  const wire = Buffer.concat([
    Buffer.from(SENTINEL),
    Buffer.from([1, FUSES.length]),
    Buffer.from('10110000'),
  ])
  await mkdir(join(folder, 'resources'), { recursive: true })
  await writeFile(
    join(folder, 'electron'),
    Buffer.concat([randomBytes(4096), wire, randomBytes(4096)]),
    {
      mode: 0o755,
    },
  )
  await writeFile(join(folder, 'LICENSE'), 'MIT')
  await writeFile(join(folder, 'version'), packageJson.devDependencies.electron.replace(/^\D+/, ''))
}

async function fuseStates(executable: string): Promise<Record<string, boolean>> {
  const binary = await readFile(executable)
  const start = binary.indexOf(SENTINEL) + SENTINEL.length + 2
  return Object.fromEntries(FUSES.map((name, i) => [name, binary[start + i] === 0x31]))
}

describe('the desktop package (npm run dist), made on a stand-in for Electron', () => {
  let work: string
  let unpacked: string
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'stancemark-package-'))
    await standInElectron(join(work, 'electron'))
    await buildApp({ root, logLevel: 'warn' })
    await buildPackage({
      projectDir: root,
      targets: Platform.LINUX.createTarget('dir'),
      // Added to package.json's "build", which electron-builder reads as `npm run dist` does.
      config: {
        electronDist: join(work, 'electron'),
        directories: { output: join(work, 'dist') },
      },
    })
    unpacked = join(work, 'dist', 'linux-unpacked')
  }, 300_000)
  afterAll(() => rm(work, { recursive: true, force: true }))

  test('installers are made for Linux (AppImage, .deb), macOS (.dmg) and Windows (NSIS)', () => {
    expect(packageJson.build.linux.target).toEqual(['AppImage', 'deb'])
    expect(packageJson.build.mac.target).toEqual(['dmg'])
    expect(packageJson.build.win.target).toEqual(['nsis'])
    expect(packageJson.scripts.dist).toBe('electron-vite build && electron-builder')
  })

  test('its afterPack hook turns off every Electron power Stancemark does not use', async () => {
    expect(await fuseStates(join(unpacked, 'stancemark'))).toEqual({
      RunAsNode: false,
      CookieEncryption: true,
      NodeOptions: false,
      Inspect: false,
      AsarIntegrity: true,
      OnlyAsar: true,
      BrowserV8Snapshot: false,
      FileProtocolPrivileges: false,
    })
  })

  test('app.asar holds the built app and the packages it runs on, nothing of development', () => {
    const files = listPackage(join(unpacked, 'resources', 'app.asar'), { isPack: false })
    for (const built of ['main/index.js', 'preload/index.cjs', 'renderer/index.html'])
      expect(files).toContain(`/out/${built}`)
    expect(files).toContain('/node_modules/minisearch/package.json')
    const development = [
      'electron',
      'electron-builder',
      'vitest',
      'playwright',
      'typescript',
      'better-sqlite3',
    ]
    expect(
      files.filter((file) => development.some((name) => file.startsWith(`/node_modules/${name}/`))),
    ).toEqual([])
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([])
  })

  test('the sample article sits where the packaged app looks for it', () => {
    for (const file of ['article.md', 'statements.json'])
      expect(existsSync(join(unpacked, 'resources', 'sample', file))).toBe(true)
  })

  test('a production build never takes its page from the environment', async () => {
    const main = await readFile(join(root, 'out', 'main', 'index.js'), 'utf8')
    expect(main).not.toContain('ELECTRON_RENDERER_URL')
    for (const guard of [
      'will-navigate',
      'will-frame-navigate',
      'will-redirect',
      'setWindowOpenHandler',
      'will-prevent-unload',
    ])
      expect(main).toContain(guard)
  })
})
