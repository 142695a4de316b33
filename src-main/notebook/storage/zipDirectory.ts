import { unzipSync, type UnzipFileInfo } from 'fflate'

/**
 * The entries a .zip lists in its central directory — names and the sizes they say they unpack
 * to — read without unpacking any. Throws when the bytes are not a .zip.
 */
export function zipDirectory(zip: Uint8Array): UnzipFileInfo[] {
  const entries: UnzipFileInfo[] = []
  unzipSync(zip, {
    filter: (entry) => {
      entries.push(entry)
      return false
    },
  })
  return entries
}
