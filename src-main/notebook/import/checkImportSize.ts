import { MAX_IMPORT_BYTES } from '../../shared/contract'
import { importRefusal, type ImportSubject } from './importRefusal'

const MB = 1024 * 1024

/** Refuses an import over MAX_IMPORT_BYTES, saying how big it is and what the limit is. */
export function checkImportSize(bytes: number, subject: ImportSubject): void {
  if (bytes <= MAX_IMPORT_BYTES) return
  // Rounded up, so a file just over the limit never reads as "20.0 MB" against a 20 MB limit.
  const size = (Math.ceil((bytes / MB) * 10) / 10).toFixed(1)
  throw importRefusal(
    'too-large',
    subject,
    `is too large to import: it is ${size} MB, and Stancemark reads files up to ${MAX_IMPORT_BYTES / MB} MB.`,
  )
}
