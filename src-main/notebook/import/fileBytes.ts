import { checkImportSize } from './checkImportSize'
import { importRefusal, type ImportSubject } from './importRefusal'

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

/**
 * The bytes of an imported file from its base64. Bad base64 is refused rather than decoded the
 * lenient way Buffer does it, and the size is checked before anything is allocated.
 */
export function fileBytes(base64: string, subject: ImportSubject): Buffer {
  const compact = base64.replace(/\s+/g, '')
  const digits = compact.replace(/=+$/, '').length
  const padded = compact.length !== digits
  if (!BASE64.test(compact) || digits % 4 === 1 || (padded && compact.length % 4 !== 0)) {
    throw importRefusal(
      'invalid',
      subject,
      'did not arrive intact (its contents are not valid base64), so it could not be read. Try importing it again.',
    )
  }
  checkImportSize(Math.floor((digits * 3) / 4), subject)
  if (digits === 0)
    throw importRefusal('invalid', subject, 'is empty: there is nothing in it to import.')
  return Buffer.from(compact, 'base64')
}
