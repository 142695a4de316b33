import { readFile } from 'node:fs/promises'
import { StancemarkError } from '../../shared/errors'
import { errorCode } from '../storage/errorCode'
import { fileStampsNow } from '../storage/fileStamp'
import { TAIL_MARKER, tailOf } from './keepTail'
import { noteDigest } from './ourNotes'
import type { NoteRecord } from './vaultManifest'
import { VAULT } from './vaultNoteParts'

/** The index note as an export finds it: its digest (undefined: none), and the analyst's lines. */
export interface IndexFile {
  digest: string | undefined
  stamp: string | undefined
  tail(): Promise<string>
}

const read = (path: string) =>
  readFile(path, 'utf8').catch((error: unknown) => {
    if (errorCode(error) === 'ENOENT') return null
    throw error
  })

/**
 * The vault's index note (`Stancemark.md`) before an export, refusing one that Stancemark did not
 * write. With the stamp the manifest gave it (`record`), it is as we wrote it and is read only
 * for its analyst's lines, when it is made again.
 */
export async function indexFile(path: string, record: NoteRecord | undefined): Promise<IndexFile> {
  const stamp = fileStampsNow([path])[0]
  if (record?.stamp && stamp === record.stamp)
    return { digest: record.digest, stamp, tail: async () => tailOf(await read(path)) }
  const existing = await read(path)
  if (existing === null) return { digest: undefined, stamp, tail: async () => '' }
  if (!existing.includes(TAIL_MARKER))
    throw new StancemarkError(
      'conflict',
      `That folder already has a “${VAULT.index}.md” that Stancemark did not write. Choose another folder, or move that note.`,
    )
  return { digest: noteDigest(existing), stamp, tail: async () => tailOf(existing) }
}
