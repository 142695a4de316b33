import { mkdir, stat } from 'node:fs/promises'
import { StancemarkError } from '../../shared/errors'
import type { Archive } from '../storage/archive'
import { diskTrouble } from '../storage/diskTrouble'
import { errorCode } from '../storage/errorCode'
import { outsideArchive } from '../storage/outsideArchive'
import type { VaultReport } from './vault'
import { VaultThread } from './vaultThread'

/**
 * How long the live vault waits after a save for more to come, so a burst of saves is one update
 * (well within the two seconds DESIGN.md §11 allows).
 */
const BATCH_MS = 250

/** What `getLiveVault` answers: the folder kept in sync, whether it is now, and why it stopped. */
export interface LiveVaultStatus {
  /** The folder main named (the desktop's dialog, the host's `--vault`); null: none yet. */
  folder: string | null
  on: boolean
  /** Why it stopped by itself, for the analyst; null while it runs or was turned off. */
  stopped: string | null
  /** The latest update: when, how many notes it made, and how many it wrote and removed. */
  updated: { at: string; written: number; removed: number; made: number } | null
}

/**
 * A vault kept in step with the archive (DESIGN.md §11): after saves (`changed`), the notes they
 * touch are brought up to date in its own vault worker, which remembers the vault between saves
 * (`updateVault`); a save never waits for it. What stops it — the folder gone, the disk full —
 * stops only it, with a message, never a save.
 */
export class LiveVault {
  readonly #archive: Archive
  readonly #now: () => Date
  readonly #thread: VaultThread
  #status: LiveVaultStatus = { folder: null, on: false, stopped: null, updated: null }
  /** Articles saved since the last update; `whole`: the registry changed too. */
  #pending = new Set<string>()
  #whole = false
  #timer: NodeJS.Timeout | undefined
  #running: Promise<void> | undefined

  constructor(archive: Archive, now: () => Date) {
    this.#archive = archive
    this.#now = now
    this.#thread = new VaultThread(archive, { live: true })
  }

  status(): LiveVaultStatus {
    return { ...this.#status }
  }

  /** The thread writing into `folder` while it is the live vault's: exports there take turns. */
  threadFor(folder: string): VaultThread | undefined {
    return this.#status.on && this.#status.folder === folder ? this.#thread : undefined
  }

  /**
   * Keeps `folder` in sync from now on (main names it: a dialog's answer, the host's `--vault`),
   * after a whole export into it that writes only what differs; null turns it off. The folder is
   * checked as for any vault export: never in or around the archive.
   */
  async set({ folder }: { folder: string | null }): Promise<LiveVaultStatus> {
    if (folder === null) return this.switch(false)
    const checked = await outsideArchive(
      this.#archive,
      folder,
      'Choose a vault folder outside the archive’s own folder (and not one that holds it).',
    )
    await this.#settled()
    // Made when missing, as for any export; once on, a folder that goes is not made again.
    await mkdir(checked, { recursive: true })
    this.#status = { folder: checked, on: true, stopped: null, updated: null }
    this.#whole = true
    await this.#update()
    return this.status()
  }

  /** Turns the live vault off, or on again for the folder main named (a page names none). */
  async switch(on: boolean): Promise<LiveVaultStatus> {
    const { folder } = this.#status
    if (!on) {
      clearTimeout(this.#timer)
      this.#timer = undefined
      this.#status = { ...this.#status, on: false, stopped: null }
      await this.#settled()
      return this.status()
    }
    if (folder === null)
      throw new StancemarkError(
        'invalid',
        'No vault folder has been chosen to keep in sync. Choose one first (Export… → Keep this vault in sync).',
      )
    return this.set({ folder })
  }

  /** Heard after every save: an article's id, or none when the registry changed. */
  changed(articleId?: string): void {
    if (!this.#status.on) return
    if (articleId === undefined) this.#whole = true
    else this.#pending.add(articleId)
    // While an update runs, the saves wait for it to end (it schedules the next).
    if (!this.#running) this.#schedule()
  }

  #schedule(): void {
    this.#timer ??= setTimeout(() => {
      this.#timer = undefined
      void this.#update()
    }, BATCH_MS)
  }

  async close(): Promise<void> {
    clearTimeout(this.#timer)
    this.#status = { ...this.#status, on: false }
    await this.#settled()
    await this.#thread.close()
  }

  async #settled(): Promise<void> {
    while (this.#running) await this.#running
  }

  /** One update with what is pending; saves that come meanwhile wait for the next. */
  async #update(): Promise<void> {
    await this.#settled()
    if (!this.#status.on || !this.#status.folder) return
    if (!this.#whole && this.#pending.size === 0) return
    const folder = this.#status.folder
    const only = this.#whole ? undefined : [...this.#pending]
    this.#pending = new Set()
    this.#whole = false
    const running = (async () => {
      try {
        await this.#stillThere(folder)
        const report: VaultReport = await this.#thread.export(folder, {}, only)
        this.#status.updated = {
          at: this.#now().toISOString(),
          written: report.written,
          removed: report.removed,
          made: report.made,
        }
      } catch (error) {
        this.#stop(folder, error)
      }
    })()
    this.#running = running
    await running
    this.#running = undefined
    if (this.#pending.size > 0 || this.#whole) this.#schedule()
  }

  /** A vault folder that is gone stops the live vault (it is not made again behind the analyst). */
  async #stillThere(folder: string): Promise<void> {
    const found = await stat(folder).catch((error: unknown) => {
      if (errorCode(error) === 'ENOENT') return null
      throw error
    })
    if (!found?.isDirectory())
      throw new StancemarkError(
        'not-found',
        `The vault folder “${folder}” is gone, so the live vault has stopped. Turn it on again once the folder is back.`,
      )
  }

  #stop(folder: string, error: unknown): void {
    const trouble = diskTrouble(error)
    const why =
      error instanceof StancemarkError
        ? error.message
        : trouble
          ? `The live vault in “${folder}” has stopped: ${trouble.problem}. ${trouble.remedy}, then turn it on again. The archive itself is saved as usual.`
          : `The live vault in “${folder}” has stopped (${error instanceof Error ? error.message : String(error)}). Turn it on again to retry. The archive itself is saved as usual.`
    this.#status = { ...this.#status, on: false, stopped: why }
    this.#pending = new Set()
    this.#whole = false
    console.error(`stancemark: ${why}`)
  }
}
