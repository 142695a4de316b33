import type { UnzipFileInfo } from 'fflate'
import { StancemarkError } from '../../shared/errors'

const KB = 1024
const MB = 1024 * KB

/**
 * How many times its own size a backup file may unpack to. Article files and the catalog are
 * JSON of prose, which packs a few times smaller; only a file made to flood a disk packs tighter.
 */
export const MAX_UNPACKED_RATIO = 100
/** The largest file a backup may hold: far more than any article file or catalog Stancemark writes. */
export const MAX_ENTRY_BYTES = 512 * MB

/** 1 KB, 20 MB, 1,024 MB: a size as a person reads it. */
export function sizeInWords(bytes: number): string {
  if (bytes < MB) return `${Math.max(1, Math.round(bytes / KB)).toLocaleString('en')} KB`
  return `${Math.round(bytes / MB).toLocaleString('en')} MB`
}

/**
 * Refuses a backup file, before anything of it is unpacked, whose entries say they unpack to
 * more than MAX_UNPACKED_RATIO times its size, or one of them to more than MAX_ENTRY_BYTES.
 */
export function checkBackupSizes(entries: UnzipFileInfo[], zipBytes: number): void {
  const total = entries.reduce((sum, entry) => sum + entry.originalSize, 0)
  if (total > MAX_UNPACKED_RATIO * zipBytes) {
    throw new StancemarkError(
      'too-large',
      `This file would unpack to ${sizeInWords(total)}, far more than a Stancemark backup of its size (${sizeInWords(zipBytes)}) ever holds. Nothing was restored.`,
    )
  }
  const largest = entries.find((entry) => entry.originalSize > MAX_ENTRY_BYTES)
  if (largest) {
    throw new StancemarkError(
      'too-large',
      `This file holds “${largest.name}” of ${sizeInWords(largest.originalSize)}, larger than any file Stancemark writes (at most ${sizeInWords(MAX_ENTRY_BYTES)}). Nothing was restored.`,
    )
  }
}

/** The refusal of an entry found unpacking to more than its `declared` size. */
export function unpacksToMore(name: string, declared: number): StancemarkError {
  return new StancemarkError(
    'invalid',
    `This file is damaged: “${name}” unpacks to more than the ${sizeInWords(declared)} it says it holds. Nothing was restored.`,
  )
}
