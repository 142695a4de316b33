import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { errorCode } from '../storage/errorCode'
import { fileStampsNow } from '../storage/fileStamp'
import { TAIL_MARKER, tailOf } from './keepTail'
import type { NoteRecord } from './vaultManifest'

/** Notes read at once while a folder is looked through. */
const READ_AHEAD = 8

/**
 * A note an earlier export wrote: where it is, and what the analyst wrote below its marker
 * (undefined while the note is known from the manifest alone, unread: see `tailOfNote`).
 */
export interface EarlierNote {
  path: string
  /** Its name without `.md`. */
  name: string
  tail?: string
}

/** What the analyst wrote below the marker of an earlier note, read now if it was not. */
export async function tailOfNote(note: EarlierNote): Promise<string> {
  note.tail ??= tailOf(
    await readFile(note.path, 'utf8').catch((error: unknown) => {
      if (errorCode(error) === 'ENOENT') return null
      throw error
    }),
  )
  return note.tail
}

/** What one folder of the vault holds before an export. */
export interface VaultFolderNotes {
  /** Notes we wrote, by the id of the article, speaker or position each is about. */
  ours: Map<string, EarlierNote>
  /** Names (without `.md`) of the analyst's own notes there, never overwritten. */
  theirs: string[]
  /** Every note there by its name (without `.md`): a digest of its bytes, `null` if unreadable. */
  digests: Map<string, string | null>
  /** Every note there by its name: its file's stamp (`stampOf`). */
  stamps: Map<string, string | undefined>
}

/** What tells a note's bytes from any other's (sha256). */
export const noteDigest = (markdown: string) => createHash('sha256').update(markdown).digest('hex')

/** The `stancemark-id` in a note's properties, if the note has them and the marker line. */
function noteId(markdown: string): string | undefined {
  const properties = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(markdown)
  if (!properties || !markdown.includes(TAIL_MARKER)) return undefined
  try {
    const values: unknown = parseYaml(properties[1])
    const id =
      typeof values === 'object' && values !== null
        ? (values as Record<string, unknown>)['stancemark-id']
        : undefined
    return typeof id === 'string' ? id : undefined
  } catch {
    return undefined
  }
}

/**
 * The notes in one folder of the vault: those an earlier export wrote, by id — so a note whose
 * title changed since is found again, its analyst's lines with it — and the analyst's own. A
 * note whose file has the stamp the manifest gave it (`listed`) is as we wrote it, and is not
 * read; any other is read whole.
 */
export async function vaultFolderNotes(
  dir: string,
  listed: (name: string) => NoteRecord | undefined = () => undefined,
): Promise<VaultFolderNotes> {
  const found: VaultFolderNotes = {
    ours: new Map(),
    theirs: [],
    digests: new Map(),
    stamps: new Map(),
  }
  let names: string[]
  try {
    names = await readdir(dir)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return found
    throw error
  }
  const files = names.filter((n) => n.endsWith('.md')).sort()
  const stamps = fileStampsNow(files.map((file) => join(dir, file)))
  const known = files.map((file, at) => {
    const record = listed(file.slice(0, -'.md'.length))
    return record?.id && record.stamp === stamps[at] ? record : undefined
  })
  const unknown = files.flatMap((_, at) => (known[at] ? [] : [at]))
  // Read a few ahead of the note being looked at; one that cannot be read counts as unreadable.
  const reading = new Map<number, Promise<string | null>>()
  let next = 0
  for (let at = 0; at < files.length; at++) {
    const path = join(dir, files[at])
    const name = files[at].slice(0, -'.md'.length)
    const record = known[at]
    found.stamps.set(name, stamps[at])
    if (record) {
      found.digests.set(name, record.digest)
      if (!found.ours.has(record.id!)) found.ours.set(record.id!, { path, name })
      else found.theirs.push(name)
      continue
    }
    for (; next < unknown.length && reading.size < READ_AHEAD; next++)
      reading.set(
        unknown[next],
        readFile(join(dir, files[unknown[next]]), 'utf8').catch(() => null),
      )
    const markdown = await reading.get(at)!
    reading.delete(at)
    found.digests.set(name, markdown === null ? null : noteDigest(markdown))
    if (markdown === null) continue
    const id = noteId(markdown)
    if (id && !found.ours.has(id)) found.ours.set(id, { path, name, tail: tailOf(markdown) })
    else found.theirs.push(name)
  }
  return found
}
