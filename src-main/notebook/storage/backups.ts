import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { BackupInfo } from '../../shared/contract'
import { articleFileNames, folderNames as names } from './articleFileNames'
import { backupsToKeep } from './backupsToKeep'
import { backupRegistry } from './backupRegistry'
import { DurableTextFile } from './durableTextFile'
import type { FileThread } from './fileThread'
import { keepCopy } from './keepCopy'
import { REGISTRY_FILE, type Registry } from './registryFile'
import { syncFolder } from './syncFolder'

const HOUR = 60 * 60 * 1000
const MANIFEST = 'backup.json'
const UNFINISHED = /^\.(partial|deleting)-/

/** Removes what a snapshot that failed made: on a full disk, its copies take room. */
const unfinished = (partial: string) =>
  rm(partial, { recursive: true, force: true }).catch(() => undefined)

const keepHere = {
  async keepAll(from: string, to: string): Promise<number> {
    let kept = 0
    for (const name of await articleFileNames(from))
      if (await keepCopy(join(from, name), join(to, name))) kept++
    return kept
  },
}

/**
 * The archive's backups/ folder: one folder per snapshot (registry.json, the catalog, articles/
 * and backup.json),
 * made complete under a temp name and then renamed, so a crash never leaves half a snapshot.
 */
export class Backups {
  readonly dir: string
  readonly #archiveDir: string
  readonly #now: () => Date
  readonly #files: Pick<FileThread, 'keepAll'>
  #latest: number | undefined
  /** The snapshot being made: it ends with its manifest written, or fails. */
  #underway: Promise<BackupInfo> | undefined
  /** Snapshots begin one at a time. */
  #turn: Promise<unknown> = Promise.resolve()

  /**
   * `files`: the thread the archive's article files are written in, which also keeps them; one by
   * one on this thread without (a Backups made outside an open archive).
   */
  constructor(archiveDir: string, now: () => Date, files: Pick<FileThread, 'keepAll'> = keepHere) {
    this.#archiveDir = archiveDir
    this.#files = files
    this.#now = now
    this.dir = join(archiveDir, 'backups')
  }

  folder(id: string): string {
    return join(this.dir, id)
  }

  /** The complete snapshots, newest first, once the one being made (if any) is done. */
  async list(): Promise<BackupInfo[]> {
    await this.settled()
    return this.#complete()
  }

  /** Resolves when no snapshot is being made, whether the last one worked or not. */
  async settled(): Promise<void> {
    while (this.#underway) await this.#underway.catch(() => undefined)
  }

  /** Counts the archive's creation as its newest snapshot. */
  startedEmpty(): void {
    this.#latest = this.#now().getTime()
  }

  /**
   * Begins a snapshot when the newest one is an hour old or more (or the clock went back) and the
   * archive is `worthKeeping` then. Resolves once every change made after it leaves the snapshot as
   * the archive was: the catalog is kept, and the article files are being kept in the file thread,
   * which keeps a file first when it is about to change. So the first change of the hour waits for
   * neither the thousands of article files nor their garbage on this thread. A snapshot that fails
   * after that is told to `failed`.
   */
  async snapshotIfDue(
    worthKeeping: () => boolean,
    failed: (error: unknown) => void,
  ): Promise<void> {
    await this.#inTurn(async () => {
      this.#latest ??= Date.parse((await this.#complete())[0]?.createdAt ?? '') || -Infinity
      const now = this.#now().getTime()
      if (now - this.#latest < HOUR && now >= this.#latest) return
      if (!worthKeeping()) return
      const { done } = await this.#begin('hourly')
      done.catch(failed)
    })
  }

  /** Keeps the archive's catalog and article files as they are now, then rotates old snapshots. */
  async snapshot(reason: BackupInfo['reason']): Promise<BackupInfo> {
    const { done } = await this.#inTurn(() => this.#begin(reason))
    return done
  }

  #inTurn<T>(job: () => Promise<T>): Promise<T> {
    const result = this.#turn.then(job)
    this.#turn = result.catch(() => undefined)
    return result
  }

  /**
   * Made complete under a temp name and then renamed, so a crash never leaves half a snapshot.
   * Answers once the catalog is kept and the article files are being kept (see snapshotIfDue).
   */
  async #begin(reason: BackupInfo['reason']): Promise<{ done: Promise<BackupInfo> }> {
    await this.settled()
    const createdAt = this.#now()
    const before = this.#latest
    this.#latest = createdAt.getTime()
    let id: string
    let partial: string | undefined
    try {
      id = await this.#freeId(createdAt)
      partial = join(this.dir, `.partial-${id}`)
      await rm(partial, { recursive: true, force: true })
      await mkdir(join(partial, 'articles'), { recursive: true })
      for (const name of [REGISTRY_FILE, 'stancemark.json'])
        await keepCopy(join(this.#archiveDir, name), join(partial, name))
    } catch (error) {
      this.#latest = before
      if (partial) await unfinished(partial)
      throw error
    }
    const articles = this.#files.keepAll(
      join(this.#archiveDir, 'articles'),
      join(partial, 'articles'),
    )
    const done = this.#finish(partial, articles, { id, createdAt: createdAt.toISOString(), reason })
    const over = () => {
      if (this.#underway === done) this.#underway = undefined
    }
    this.#underway = done
    done.then(over, (error: unknown) => {
      over()
      // The next change of the hour tries again.
      if (this.#latest === createdAt.getTime()) this.#latest = before
      return error
    })
    return { done }
  }

  async #finish(
    partial: string,
    articles: Promise<number>,
    made: Omit<BackupInfo, 'articleCount'>,
  ): Promise<BackupInfo> {
    let info: BackupInfo
    try {
      info = { ...made, articleCount: await articles }
      await new DurableTextFile(join(partial, MANIFEST)).write(JSON.stringify(info, null, 2) + '\n')
      await syncFolder(join(partial, 'articles'))
      await rename(partial, this.folder(info.id))
    } catch (error) {
      await unfinished(partial)
      throw error
    }
    await syncFolder(this.dir)
    await this.#rotate()
    return info
  }

  /** The complete snapshots, newest first. */
  async #complete(): Promise<BackupInfo[]> {
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

  /** The registry in the newest backup that has one that can be read, to recover a lost one. */
  async latestRegistry(): Promise<{ registry: Registry; backup: BackupInfo } | undefined> {
    for (const backup of await this.list()) {
      const found = await backupRegistry(this.folder(backup.id))
      if (found) return { registry: found.registry, backup }
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
    const backups = await this.#complete()
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
