import { Unzip, UnzipInflate } from 'fflate'

/** A piece of one entry's unpacked bytes; `final` on its last. */
export interface ZipEntryChunk {
  name: string
  bytes: Uint8Array
  final: boolean
}

/**
 * Packed bytes unpacked at a time: deflate unpacks to at most ~1,032 times its size, so a caller
 * counting the chunks stops a file that unpacks to far more than it says within ~16 MB.
 */
const SLICE_BYTES = 16 * 1024

/**
 * The unpacked bytes of a .zip's entries that `wanted` names, in the order they are stored, a
 * slice at a time: a caller that stops taking chunks stops the unpacking. Throws when the .zip
 * is damaged or packed in a way other than deflate.
 */
export function* zipEntryChunks(
  zip: Uint8Array,
  wanted: (name: string) => boolean,
): Generator<ZipEntryChunk> {
  const ready: ZipEntryChunk[] = []
  let failed: unknown
  const unzip = new Unzip((file) => {
    if (!wanted(file.name)) return
    file.ondata = (error, bytes, final) => {
      if (error) failed ??= error
      else ready.push({ name: file.name, bytes, final })
    }
    file.start()
  })
  unzip.register(UnzipInflate)
  for (let at = 0; at < zip.length; at += SLICE_BYTES) {
    unzip.push(zip.subarray(at, at + SLICE_BYTES), at + SLICE_BYTES >= zip.length)
    if (failed) throw failed
    yield* ready.splice(0)
  }
}
