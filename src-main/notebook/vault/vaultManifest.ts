import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { errorCode } from '../storage/errorCode'
import { writeFileAtomically } from '../storage/writeFileAtomically'
import { VAULT } from './vaultNoteParts'

/** The hidden file in a vault that lists the notes Stancemark wrote there (Obsidian skips it). */
export const MANIFEST_FILE = '.stancemark-vault.json'

/**
 * A note's place in the vault as the manifest names it: `Articles/<name>.md` and the like, or
 * the index. Nothing else is ever read from a manifest: an entry that climbs out (`../x`), is
 * absolute or names a deeper folder is ignored, so a manifest can never lead a removal elsewhere.
 */
const NOTE_PLACE = new RegExp(
  `^(?:(?:${[VAULT.articles, VAULT.speakers, VAULT.positions].join('|')})/[^/\\\\]+\\.md|${VAULT.index}\\.md)$`,
)

export const notePlace = (sub: string, name: string) => `${sub}/${name}.md`

/** The notes we wrote, each by its place, with the sha256 of the bytes we wrote (`noteDigest`). */
export type Manifest = Map<string, string>

/** The vault's manifest as it is on disk; none (or one that cannot be read) lists nothing. */
export async function readManifest(folder: string): Promise<Manifest> {
  const raw = await readFile(join(folder, MANIFEST_FILE), 'utf8').catch((error: unknown) => {
    if (errorCode(error) === 'ENOENT') return null
    throw error
  })
  const manifest: Manifest = new Map()
  if (raw === null) return manifest
  let notes: unknown
  try {
    notes = (JSON.parse(raw) as { notes?: unknown }).notes
  } catch {
    return manifest
  }
  if (typeof notes !== 'object' || notes === null) return manifest
  for (const [place, digest] of Object.entries(notes))
    if (NOTE_PLACE.test(place) && !place.split('/').includes('..') && typeof digest === 'string')
      manifest.set(place, digest)
  return manifest
}

const manifestText = (manifest: Manifest) =>
  `${JSON.stringify(
    {
      about:
        'The notes Stancemark wrote in this vault and a hash of each; it removes only these. Leave this file be.',
      notes: Object.fromEntries([...manifest].sort(([a], [b]) => a.localeCompare(b))),
    },
    null,
    1,
  )}\n`

/** Writes the manifest, unless it already says exactly that; answers whether it wrote. */
export async function writeManifest(
  folder: string,
  manifest: Manifest,
  before: Manifest,
): Promise<boolean> {
  const same = manifest.size === before.size && [...manifest].every(([k, v]) => before.get(k) === v)
  if (same) return false
  await writeFileAtomically(join(folder, MANIFEST_FILE), manifestText(manifest), {
    durable: false,
  })
  return true
}
