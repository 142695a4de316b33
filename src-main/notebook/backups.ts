import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { BackupInfo } from '../shared/contract'
import { articleFileNames, folderNames as names } from './articleFileNames'
import { backupsToKeep } from './backupsToKeep'
import { Catalog, SCHEMA_VERSION } from './catalog'
import { DurableTextFile } from './durableTextFile'
import { ValidatedJSONFile } from './jsonFile'
import { keepCopy } from './keepCopy'
import { syncFolder } from './syncFolder'

const HOUR = 60 * 60 * 1000
const MANIFEST = 'backup.json'
const UNFINISHED = /^\.(partial|deleting)-/
/** Article files linked (or copied) into a snapshot at once. */
const COPIES_AT_ONCE = 32

/**
 * The archive's backups/ folder: one folder per snapshot (the catalog, articles/ and backup.json),
 * made complete under a temp name and then renamed, so a crash never leaves half a snapshot.
 */
export class Backups {
  readonly dir: string
  readonly #archiveDir: string
  readonly #now: () => Date
  #latest: number | undefined

  constructor(archiveDir: string, now: () => Date) {
    this.#archiveDir = archiveDir
    this.dir = join(archiveDir, 'backups')
    this.#now = now
  }

  folder(id: string): string {
    return join(this.dir, id)
  }

  /** The complete snapshots, newest first. */
  async list(): Promise<BackupInfo[]> {
    const found: BackupInfo[] = []
    for (const name of await names(this.dir)) {
      if (name.startsWith('.')) continue
      const manifest = await readFile(join(this.dir, name, MANIFEST), 'utf8').catch(() => '')
      let json: unknown
      try {
        json = JSON.parse(manifest)
      } catch {
        continue
      }
      const info = BackupInfo.safeParse(json)
      if (info.success && info.data.id === name) found.push(info.data)
    }
    return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))
  }

  /** Counts the archive's creation as its newest snapshot. */
  startedEmpty(): void {
    this.#latest = this.#now().getTime()
  }

  /**
   * Takes a snapshot when the newest one is an hour old or more (or the clock went back) and the
   * archive is `worthKeeping` then.
   */
  async snapshotIfDue(worthKeeping: () => boolean): Promise<void> {
    this.#latest ??= Date.parse((await this.list())[0]?.createdAt ?? '') || -Infinity
    const now = this.#now().getTime()
    if (now - this.#latest < HOUR && now >= this.#latest) return
    if (worthKeeping()) await this.snapshot('hourly')
  }

  /** Keeps the archive's catalog and article files as they are now, then rotates old snapshots. */
  async snapshot(reason: BackupInfo['reason']): Promise<BackupInfo> {
    const createdAt = this.#now()
    const id = await this.#freeId(createdAt)
    const partial = join(this.dir, `.partial-${id}`)
    await rm(partial, { recursive: true, force: true })
    await mkdir(join(partial, 'articles'), { recursive: true })
    await keepCopy(join(this.#archiveDir, 'stancemark.json'), join(partial, 'stancemark.json'))
    let articleCount = 0
    const names = await articleFileNames(join(this.#archiveDir, 'articles'))
    // A few files at a time: the snapshot holds up the first change of the hour.
    for (let at = 0; at < names.length; at += COPIES_AT_ONCE) {
      const batch = names.slice(at, at + COPIES_AT_ONCE)
      const kept = await Promise.all(
        batch.map((name) =>
          keepCopy(join(this.#archiveDir, 'articles', name), join(partial, 'articles', name)),
        ),
      )
      articleCount += kept.filter(Boolean).length
    }
    const info: BackupInfo = { id, createdAt: createdAt.toISOString(), reason, articleCount }
    await new DurableTextFile(join(partial, MANIFEST)).write(JSON.stringify(info, null, 2) + '\n')
    await syncFolder(join(partial, 'articles'))
    await rename(partial, this.folder(id))
    await syncFolder(this.dir)
    this.#latest = createdAt.getTime()
    await this.#rotate()
    return info
  }

  /** The registry in the newest backup whose catalog can be read, to recover a lost catalog. */
  async latestCatalog(): Promise<{ catalog: Catalog; backup: BackupInfo } | undefined> {
    for (const backup of await this.list()) {
      const file = join(this.folder(backup.id), 'stancemark.json')
      const catalog = await new ValidatedJSONFile(file, Catalog, { version: SCHEMA_VERSION })
        .read()
        .catch(() => null)
      if (catalog) return { catalog, backup }
    }
    return undefined
  }

  async #freeId(createdAt: Date): Promise<string> {
    const base = createdAt.toISOString().replace(/[:.]/g, '-')
    for (let n = 1; ; n++) {
      const id = n === 1 ? base : `${base}-${n}`
      const taken = await stat(this.folder(id)).then(
        () => true,
        () => false,
      )
      if (!taken) return id
    }
  }

  /** Removes snapshots the rotation no longer keeps, and what a crash left half made or removed. */
  async #rotate(): Promise<void> {
    const backups = await this.list()
    const keep = backupsToKeep(backups)
    for (const backup of backups) {
      if (keep.has(backup.id)) continue
      // Renamed first: a crash while removing must not leave a snapshot that looks complete.
      const doomed = join(this.dir, `.deleting-${backup.id}`)
      await rename(this.folder(backup.id), doomed)
      await rm(doomed, { recursive: true, force: true })
    }
    for (const name of await names(this.dir)) {
      if (UNFINISHED.test(name)) await rm(join(this.dir, name), { recursive: true, force: true })
    }
  }
}
