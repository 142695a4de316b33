import { statSync } from 'node:fs'
import { readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Root } from 'mdast'
import { errorCode } from '../storage/errorCode'
import { stampOf } from '../storage/fileStamp'
import { TEMP_FILE_NAME, writeFileAtomicallySync } from '../storage/writeFileAtomically'
import { stringifyMarkdown } from '../export/stringifyMarkdown'
import { noteWithTail } from './keepTail'
import { noteDigest } from './ourNotes'

/**
 * A note of the vault to make and write: its mdast, the analyst's part to keep below ours, and
 * the digest of the note at `path` when the export began (`noteDigest`: undefined where there
 * was none, null where that is not known, so the note is read first).
 */
export interface NoteJob {
  path: string
  root: Root
  tail: string
  before: string | null | undefined
}

/**
 * What `writeNote` did: whether it wrote, the digest of the note as it now is, and its file's
 * stamp (`stampOf`), by which the next export knows it unchanged without reading it.
 */
export interface NoteWritten {
  wrote: boolean
  digest: string
  stamp: string
}

/** The note as our part and the analyst's make it, on disk unless it already says exactly that. */
export async function writeNote({ path, root, tail, before }: NoteJob): Promise<NoteWritten> {
  const note = noteWithTail(stringifyMarkdown(root), tail)
  const digest = noteDigest(note)
  const same =
    before === undefined
      ? false
      : before === null
        ? await readFile(path, 'utf8').then(
            (existing) => existing === note,
            (error: unknown) => {
              if (errorCode(error) === 'ENOENT') return false
              throw error
            },
          )
        : before === digest
  if (!same) writeFileAtomicallySync(path, note)
  return { wrote: !same, digest, stamp: stampOf(statSync(path, { bigint: true })) }
}

/**
 * Removes from `dir` the temp files of notes that an export stopped mid-write left (a thread
 * ended between writing a note's temp file and renaming it over the note).
 */
export async function removeLeftovers(dir: string): Promise<void> {
  for (const name of await readdir(dir))
    if (TEMP_FILE_NAME.exec(name)?.[1].endsWith('.md')) await rm(join(dir, name), { force: true })
}
