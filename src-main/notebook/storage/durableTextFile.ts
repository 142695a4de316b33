import { open, readFile, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { Adapter } from 'lowdb'
import { errorCode } from './errorCode'
import type { FileIO } from './fileThread'
import { syncFolder } from './syncFolder'

/** How much text is made bytes and written at a time (in UTF-16 code units). */
const CHUNK = 1 << 20

/** Antivirus and indexers on Windows hold new files open for a moment. */
const RENAME_ATTEMPTS = process.platform === 'win32' ? 10 : 1

async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await rename(from, to)
    } catch (error) {
      if (
        attempt >= RENAME_ATTEMPTS ||
        !['EPERM', 'EACCES', 'EBUSY'].includes(errorCode(error) ?? '')
      )
        throw error
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
}

/**
 * A lowdb text adapter whose writes are atomic and durable: the text goes to a temp file beside
 * the target, which is flushed to the disk, renamed over the target, and the folder flushed too.
 * When `write` resolves, the new text survives a crash or a power cut; until then the file on
 * disk is the old version, never a torn one. Writes to one file run one after another.
 * With `io` (the archive's FileThread), reads and writes of one piece are made there.
 */
export class DurableTextFile implements Adapter<string> {
  readonly #file: string
  readonly #temp: string
  readonly #io: FileIO | undefined
  #last: Promise<unknown> = Promise.resolve()

  constructor(file: string, io?: FileIO) {
    this.#file = file
    this.#temp = join(dirname(file), `.${basename(file)}.tmp`)
    this.#io = io
  }

  async read(): Promise<string | null> {
    if (this.#io) return this.#io.read(this.#file)
    try {
      return await readFile(this.#file, 'utf8')
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null
      throw error
    }
  }

  /** Writes `text`, or the parts of a large text one after another (never made one string). */
  async write(text: string | readonly string[]): Promise<void> {
    await this.writeStamped(text)
  }

  /** As `write`; answers the new file's stamp (fileStamp) when `io` made it. */
  writeStamped(text: string | readonly string[]): Promise<string | void> {
    const run = this.#last.then(() => this.#replace(typeof text === 'string' ? [text] : text))
    this.#last = run.catch(() => undefined)
    return run
  }

  async #replace(parts: readonly string[]): Promise<string | void> {
    if (this.#io && parts.length === 1) return this.#io.replace(this.#file, this.#temp, parts[0])
    try {
      await this.#writeTemp(parts)
      await renameWithRetry(this.#temp, this.#file)
    } catch (error) {
      // A disk that filled up mid-write gets back the room the half-written temp file took.
      await rm(this.#temp, { force: true })
      throw error
    }
    await syncFolder(dirname(this.#file))
  }

  /** The parts to the temp file, flushed to the disk. */
  async #writeTemp(parts: readonly string[]): Promise<void> {
    const temp = await open(this.#temp, 'w')
    try {
      // About a megabyte at a time, so the text is never made bytes whole (7.7 MB: ~40 ms).
      for (let from = 0; from < parts.length;) {
        let to = from
        let length = 0
        while (to < parts.length && (to === from || length + parts[to].length <= CHUNK))
          length += parts[to++].length
        await temp.writeFile(to === from + 1 ? parts[from] : parts.slice(from, to).join(''), 'utf8')
        from = to
      }
      await temp.sync()
    } finally {
      await temp.close()
    }
  }
}
