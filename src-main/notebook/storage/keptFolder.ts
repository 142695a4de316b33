import { opendirSync, type Dir } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { isArticleFileName } from './articleFileNames'
import { keepCopySync } from './keepCopy'

/**
 * A backup's copy of the article files in `from`, made in `to` (keepCopySync) a slice at a time
 * in the file thread, between the calls that read and write the same files. It holds every file
 * as it was when it began: a file about to be replaced or moved away is kept first (keepFirst),
 * and a file that did not exist yet when it began is never kept.
 */
export class KeptFolder {
  readonly from: string
  readonly to: string
  /** The files kept, found gone, or told of: none is kept (again) when the listing reaches it. */
  readonly #seen = new Set<string>()
  #listing: Dir | undefined
  #kept = 0
  #failed: unknown

  constructor(from: string, to: string) {
    this.from = resolve(from)
    this.to = to
  }

  /** How many files were kept. */
  get kept(): number {
    return this.#kept
  }

  /** What went wrong, if anything: the copy is not whole. */
  get failed(): unknown {
    return this.#failed
  }

  /**
   * Before `file` changes: kept now if it is one of ours and not yet seen, as it is (a file that
   * is not there was made after the copy began, and stays out of it).
   */
  keepFirst(file: string): void {
    if (resolve(dirname(file)) === this.from) this.#keep(basename(file))
  }

  /** Keeps files for about `ms` milliseconds; true when every file is kept (or it failed). */
  keepSome(ms: number): boolean {
    const until = performance.now() + ms
    try {
      this.#listing ??= opendirSync(this.from)
      for (;;) {
        if (this.#failed !== undefined) return this.#close()
        const entry = this.#listing.readSync()
        if (!entry) return this.#close()
        if (isArticleFileName(entry.name)) this.#keep(entry.name)
        if (performance.now() >= until) return false
      }
    } catch (error) {
      this.#failed ??= error
      return this.#close()
    }
  }

  #keep(name: string): void {
    if (this.#seen.has(name)) return
    this.#seen.add(name)
    try {
      if (keepCopySync(join(this.from, name), join(this.to, name))) this.#kept++
    } catch (error) {
      this.#failed ??= error
    }
  }

  #close(): true {
    const listing = this.#listing
    this.#listing = undefined
    try {
      listing?.closeSync()
    } catch {
      // Closed already: nothing was left open.
    }
    return true
  }
}
