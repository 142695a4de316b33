import { mkdir } from 'node:fs/promises'
import { basename, join, relative } from 'node:path'
import type { Notice } from '../../shared/contract'
import { moveFile } from './moveFile'

/**
 * What the analyst is told about the archive (getArchiveInfo), and the quarantine/ folder that
 * files which cannot be read are moved to: never overwritten, never deleted.
 */
export class ArchiveNotices {
  readonly list: Notice[] = []
  readonly #dir: string
  readonly #readOnly: boolean

  constructor(archiveDir: string, readOnly: boolean) {
    this.#dir = archiveDir
    this.#readOnly = readOnly
  }

  /** Adds a notice, once per id. */
  tell(id: string, message: string): void {
    if (!this.list.some((notice) => notice.id === id)) this.list.push({ id, message })
  }

  /** Moves a file to quarantine/ (left in place when read-only); says where it went. */
  async moveToQuarantine(file: string): Promise<string> {
    if (this.#readOnly) return 'left in place, since this window has the archive read-only'
    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    const target = join(this.#dir, 'quarantine', `${stamp}-${basename(file)}`)
    await mkdir(join(this.#dir, 'quarantine'), { recursive: true })
    await moveFile(file, target)
    return `moved to ${relative(this.#dir, target).split('\\').join('/')}`
  }

  /** Moves a file to quarantine/ and tells the analyst what it was and where it went. */
  async quarantine(file: string, what: string, reason?: string): Promise<void> {
    const where = await this.moveToQuarantine(file)
    const why = reason ? ` (${reason})` : ''
    this.tell(
      `quarantine:${basename(file)}`,
      `${what} and was ${where}${why}. Nothing else was affected.`,
    )
  }
}
