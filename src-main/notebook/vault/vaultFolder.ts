import { rm } from 'node:fs/promises'
import { tailOfNote, vaultFolderNotes, type EarlierNote } from './ourNotes'
import type { NoteRecord } from './vaultManifest'
import { fileNameKey, vaultNames } from './vaultNames'

/**
 * One folder of the vault (articles, speakers or positions) as an export rewrites it: a name for
 * each note, never one of the analyst's own notes; the analyst's lines of the note an earlier
 * export wrote about the same thing, even under another name; and, at the end, the removal of
 * our earlier notes that were renamed since, or whose subject left the archive with nothing of
 * the analyst's in them (those that have some are kept, and their names too). Only notes the
 * vault's manifest lists (`listed`: what it says of them) are ever removed, and of those about what
 * left the archive, only one with the bytes listed: a note of ours copied in from elsewhere, or
 * edited since, is the analyst's.
 */
export async function vaultFolder(
  dir: string,
  ids: ReadonlySet<string>,
  listed: (name: string) => NoteRecord | undefined,
) {
  const earlier = await vaultFolderNotes(dir, listed)
  const kept: [string, EarlierNote][] = []
  for (const [id, note] of earlier.ours)
    if (!ids.has(id) && (await tailOfNote(note)).trim() !== '') kept.push([id, note])
  const written = new Set<string>()
  return {
    name: vaultNames([...earlier.theirs, ...kept.map(([, note]) => note.name)]),
    /** What the analyst wrote below the marker of our earlier note about this id. */
    tail: async (id: string): Promise<string> => {
      const note = earlier.ours.get(id)
      return note ? tailOfNote(note) : ''
    },
    wrote: (name: string) => void written.add(fileNameKey(name)),
    /**
     * The digest (`noteDigest`) of the note `name` when the export began: undefined where there
     * was no such note, null where it could not be read then.
     */
    before: (name: string): string | null | undefined => earlier.digests.get(name),
    /** The stamp of the note `name`'s file when the export began. */
    stamp: (name: string): string | undefined => earlier.stamps.get(name),
    /**
     * Removes the earlier notes no longer ours to keep; answers how many, and the names of those
     * kept for the analyst's lines in them.
     */
    async prune(): Promise<{ removed: number; kept: string[] }> {
      let removed = 0
      const keptNames: string[] = []
      for (const [id, note] of earlier.ours) {
        if (written.has(fileNameKey(note.name))) continue
        const digest = listed(note.name)?.digest
        if (!digest) continue
        // A renamed note's lines go with it, and above them ours is rewritten on every export
        // anyway; a note about what left the archive, changed since, is the analyst's.
        if (!ids.has(id) && earlier.digests.get(note.name) !== digest) continue
        if (!ids.has(id) && (await tailOfNote(note)).trim() !== '') {
          keptNames.push(note.name)
          continue
        }
        await rm(note.path, { force: true })
        removed++
      }
      return { removed, kept: keptNames }
    },
  }
}
