import { randomBytes } from 'node:crypto'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { flipStancemarkFuses } from '../../../scripts/flipFuses.mjs'

// Electron's fuse wire: a sentinel, the wire's version and length, then one byte per fuse.
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
const WIRE = ['RunAsNode', 'CookieEncryption', 'NodeOptions', 'Inspect', 'AsarIntegrity'].concat([
  'OnlyAsar',
  'BrowserV8Snapshot',
  'FileProtocolPrivileges',
])

/** A stand-in for the Electron executable: random bytes around a fuse wire in its default state. */
async function fakeElectron(): Promise<string> {
  const defaults = Buffer.from('10110000') // as Electron ships: run-as-node on, cookies plain, …
  const wire = Buffer.concat([Buffer.from(SENTINEL), Buffer.from([1, WIRE.length]), defaults])
  const path = join(await mkdtemp(join(tmpdir(), 'stancemark-fuses-')), 'electron')
  await writeFile(path, Buffer.concat([randomBytes(4096), wire, randomBytes(4096)]))
  return path
}

async function fuseStates(path: string): Promise<Record<string, boolean>> {
  const binary = await readFile(path)
  const start = binary.indexOf(SENTINEL) + SENTINEL.length + 2
  return Object.fromEntries(WIRE.map((name, i) => [name, binary[start + i] === 0x31]))
}

test('packaging turns off every Electron power Stancemark does not use', async () => {
  const electron = await fakeElectron()
  await flipStancemarkFuses(electron)
  expect(await fuseStates(electron)).toEqual({
    RunAsNode: false,
    CookieEncryption: true,
    NodeOptions: false,
    Inspect: false,
    AsarIntegrity: false,
    OnlyAsar: false,
    BrowserV8Snapshot: false,
    FileProtocolPrivileges: false,
  })
})

test('an app packaged into an asar with its hash also loads nothing else', async () => {
  const electron = await fakeElectron()
  await flipStancemarkFuses(electron, { asar: true })
  const states = await fuseStates(electron)
  expect(states.AsarIntegrity).toBe(true)
  expect(states.OnlyAsar).toBe(true)
  expect(states.RunAsNode).toBe(false)
})
