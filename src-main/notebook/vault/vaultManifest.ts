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

/** What the manifest says of one note we wrote. */
export interface NoteRecord {
  /** The sha256 of the bytes we wrote (`noteDigest`). */
  digest: string
  /** Its file's stamp then (`stampOf`): the same stamp now, the same bytes, unread. */
  stamp?: string
  /** The id of the article, speaker or position it is about. */
  id?: string
  /** The digest of what it was made from (`noteInputs`): the same inputs, the same note. */
  inputs?: string
  /** An article's note: the statements it shows, for the index's line. */
  count?: number
}

/** The notes we wrote, each by its place. */
export type Manifest = Map<string, NoteRecord>

const isPlace = (place: string) => NOTE_PLACE.test(place) && !place.split('/').includes('..')

/** What the manifest says of how a note was made, where it says it in the form we write. */
function madeOf(value: unknown): Omit<NoteRecord, 'digest'> {
  if (typeof value !== 'object' || value === null) return {}
  const { stamp, id, inputs, count } = value as Record<string, unknown>
  return {
    ...(typeof stamp === 'string' && { stamp }),
    ...(typeof id === 'string' && { id }),
    ...(typeof inputs === 'string' && { inputs }),
    ...(typeof count === 'number' && Number.isInteger(count) && count >= 0 && { count }),
  }
}

/** The vault's manifest as it is on disk; none (or one that cannot be read) lists nothing. */
export async function readManifest(folder: string): Promise<Manifest> {
  const raw = await readFile(join(folder, MANIFEST_FILE), 'utf8').catch((error: unknown) => {
    if (errorCode(error) === 'ENOENT') return null
    throw error
  })
  const manifest: Manifest = new Map()
  if (raw === null) return manifest
  let parsed: { notes?: unknown; made?: unknown }
  try {
    parsed = JSON.parse(raw) as typeof parsed
  } catch {
    return manifest
  }
  const { notes, made } = parsed
  if (typeof notes !== 'object' || notes === null) return manifest
  const how = typeof made === 'object' && made !== null ? (made as Record<string, unknown>) : {}
  for (const [place, digest] of Object.entries(notes))
    if (isPlace(place) && typeof digest === 'string')
      manifest.set(place, { digest, ...madeOf(Object.hasOwn(how, place) ? how[place] : null) })
  return manifest
}

/** The places of the manifest written last, in order: a live update lists the same notes. */
let lastPlaces: string[] = []

/** The manifest's places in order, sorted again only when they are not those of the last. */
function placesOf(manifest: Manifest): string[] {
  if (lastPlaces.length !== manifest.size || !lastPlaces.every((place) => manifest.has(place)))
    lastPlaces = [...manifest.keys()].sort((a, b) => a.localeCompare(b))
  return lastPlaces
}

const ABOUT =
  'The notes Stancemark wrote in this vault and a hash of each; it removes only these. Leave this file be.'

/**
 * Each note's lines in the manifest's `notes` and `made`, by the record they were written from: a
 * live update changes a few records of thousands, and the others' lines are taken as they were.
 */
const linesOf = new WeakMap<NoteRecord, { place: string; note: string; made: string }>()

/**
 * The manifest as `JSON.stringify({ about, notes, made }, null, 1)` writes it (`notes`: each
 * place's digest; `made`: the rest of its record), put together from each record's lines.
 */
const manifestText = (manifest: Manifest) => {
  const notes: string[] = []
  const made: string[] = []
  for (const place of placesOf(manifest)) {
    const record = manifest.get(place)!
    let lines = linesOf.get(record)
    if (lines?.place !== place) {
      const { digest, ...how } = record
      const key = `  ${JSON.stringify(place)}: `
      lines = {
        place,
        note: key + JSON.stringify(digest),
        made: key + JSON.stringify(how, null, 1).replaceAll('\n', '\n  '),
      }
      linesOf.set(record, lines)
    }
    notes.push(lines.note)
    made.push(lines.made)
  }
  const object = (lines: string[]) => (lines.length === 0 ? '{}' : `{\n${lines.join(',\n')}\n }`)
  return `{\n "about": ${JSON.stringify(ABOUT)},\n "notes": ${object(notes)},\n "made": ${object(made)}\n}\n`
}

const sameRecord = (a: NoteRecord | undefined, b: NoteRecord) =>
  a !== undefined &&
  a.digest === b.digest &&
  a.stamp === b.stamp &&
  a.id === b.id &&
  a.inputs === b.inputs &&
  a.count === b.count

/** Writes the manifest, unless it already says exactly that; answers whether it wrote. */
export async function writeManifest(
  folder: string,
  manifest: Manifest,
  before: Manifest,
): Promise<boolean> {
  const same =
    manifest.size === before.size &&
    [...manifest].every(([place, record]) => sameRecord(before.get(place), record))
  if (same) return false
  await writeFileAtomically(join(folder, MANIFEST_FILE), manifestText(manifest), {
    durable: false,
  })
  return true
}
