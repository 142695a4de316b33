import type { SyncOutcome, SyncRemoteInput, SyncStatus } from '../../shared/sync'
import { StancemarkError } from '../../shared/errors'
import type { Catalog } from '../storage/catalog'
import { currentCoder } from '../registry/coders'
import type { Exclusive } from '../writeQueue'
import type { SyncAuthor } from './commitChanges'
import { syncRounds, type SyncResult } from './syncWithRemote'
import { archiveSyncSteps } from './archiveSyncSteps'
import { conflictsLeft } from './syncConflicts'
import { NO_SYNC, readSyncSettings, writeSyncSettings, type SyncSettings } from './syncSettings'
import type { SyncThread } from './syncThread'
import type { TokenStore } from './tokenStore'
import { REGISTRY_FILE } from '../storage/registryFile'

/** How often a sync runs by itself while a remote is set. */
export const SYNC_EVERY_MS = 5 * 60_000

/** What a team archive's sync works with, given by the notebook's context. */
export interface TeamSyncParts {
  dir: string
  exclusive: Exclusive
  thread: SyncThread
  tokens: TokenStore
  now: () => Date
  /** The catalog and this machine's coder, for the author of each commit. */
  archive: { catalog: Catalog; localCoder: string | undefined }
  /** Writes now what the archive put off (the registry after a save): the sync takes the files. */
  flush: () => Promise<void>
  /** Reads again the shared files a sync wrote (summaries, indexes, `changed`). */
  reloadShared: (paths: readonly string[]) => Promise<void>
  /** The archive holds nothing but the untouched sample: joining a team takes the team's. */
  onlySample: () => boolean
  /** Keeps the archive as it is in backups/ before a team's archive takes its place. */
  keepBeforeJoining: () => Promise<void>
  /** Moves the sample's articles to the trash once a team's archive came in. */
  dropSample: (keep: ReadonlySet<string>) => Promise<string[]>
}

const articleIdOf = (path: string) => /^articles\/([^/]+)\.json$/.exec(path)?.[1]

/**
 * The archive's team sync (DESIGN.md §10): the remote and how the last sync went, kept on this
 * machine; each sync's git work in the sync thread, only its commits and its merge (writes and
 * reading back) in the write queue, so saving goes on while it waits for the server; a sync by
 * itself every few minutes while a remote is set.
 */
export class TeamSync {
  readonly #parts: TeamSyncParts
  #settings: SyncSettings = NO_SYNC
  /** Shared files saved here since the last sync ran. */
  readonly #changedSince = new Set<string>()
  /** Shared files the sync under way committed, until it ends. */
  readonly #sending = new Set<string>()
  #running: Promise<SyncOutcome> | undefined
  #timer: NodeJS.Timeout | undefined
  /** While a sync's files are read back: those changes came from the team, not from here. */
  #reloading = false
  #closed = false
  /** A backup was made before joining (once: a join tried again offline adds none). */
  #keptBeforeJoining = false
  /** Whether a token is kept for this archive (it is never answered). */
  #hasToken = false
  /** The look at start for saves made since the last sync. */
  #startLook: Promise<void> = Promise.resolve()

  constructor(parts: TeamSyncParts) {
    this.#parts = parts
  }

  /** Reads this machine's sync settings; with a remote set, syncs now and every few minutes. */
  async open({ background }: { background: boolean }): Promise<void> {
    this.#settings = await readSyncSettings(this.#parts.dir)
    this.#hasToken = (await this.#parts.tokens.read(this.#parts.dir)) !== undefined
    // Saves made since the last sync, before this start (their files' stamps say so): looked
    // for in the sync's thread (a stat of every shared file), and waited for by the first sync.
    if (this.#settings.remote)
      this.#startLook = this.#parts.thread
        .run({ op: 'changed', dir: this.#parts.dir })
        .then((paths) => {
          for (const path of paths ?? []) this.#changedSince.add(path)
        })
        .catch((error: unknown) => console.error('stancemark: looking for changes failed', error))
    if (background && this.#settings.remote) this.#startTimer(true)
  }

  /** Once the look at start for saves made since the last sync is done. */
  looked(): Promise<void> {
    return this.#startLook
  }

  /** The state now; `ended`: as the sync answering it ended, not "syncing". */
  status({ ended = false }: { ended?: boolean } = {}): SyncStatus {
    const { remote, lastSynced, lastState, message } = this.#settings
    const waiting = new Set([...this.#settings.waiting, ...this.#changedSince, ...this.#sending])
    const running = this.#running && !ended
    const state = running ? 'syncing' : !remote ? 'off' : (lastState ?? 'up-to-date')
    return {
      state,
      remote: remote && { ...remote, hasToken: this.#hasToken },
      waiting: remote ? waiting.size : 0,
      // As they are now: each article's in its summary, the registry's with it.
      conflicts: conflictsLeft(this.#parts.archive.catalog),
      lastSynced,
      message: state === 'offline' || state === 'refused' ? message : null,
    }
  }

  /** Told of every save: what waits to go out. */
  changed(articleId?: string): void {
    if (this.#reloading || this.#closed) return
    this.#changedSince.add(articleId ? `articles/${articleId}.json` : REGISTRY_FILE)
  }

  async setRemote(input: SyncRemoteInput | null): Promise<SyncStatus> {
    const { dir, tokens } = this.#parts
    if (!input) {
      await this.#parts.exclusive(async () => {
        this.#settings = { ...NO_SYNC }
        await writeSyncSettings(dir, this.#settings)
        await tokens.write(dir, undefined)
      })
      this.#hasToken = false
      this.#stopTimer()
      return this.status()
    }
    const before = this.#settings
    const remote = { url: input.url, ...(input.username && { username: input.username }) }
    const sameServer = before.remote?.url === input.url
    const tokenBefore = await tokens.read(dir)
    await this.#parts.exclusive(async () => {
      this.#settings = sameServer ? { ...before, remote } : { ...NO_SYNC, remote }
      await writeSyncSettings(dir, this.#settings)
      if (input.token) await tokens.write(dir, input.token)
      else if (!sameServer) await tokens.write(dir, undefined)
    })
    this.#hasToken = (await tokens.read(dir)) !== undefined
    // Put back as they were: the address, how its last sync went, its token. What the failed try
    // committed still waits to go out (`waiting` as it left it).
    const keepBefore = () =>
      this.#parts.exclusive(async () => {
        this.#settings = { ...before, waiting: this.#settings.waiting }
        await writeSyncSettings(dir, this.#settings)
        await tokens.write(dir, tokenBefore)
        this.#hasToken = tokenBefore !== undefined
      })
    let outcome: SyncOutcome
    try {
      outcome = await this.syncNow()
    } catch (error) {
      // An address with no repository behind it is not kept: the analyst corrects it.
      if (error instanceof StancemarkError && error.code === 'not-found') await keepBefore()
      throw error
    }
    // A new address the server refuses or that cannot be reached is not taken over a working one.
    const { state } = outcome.status
    if (before.remote && !sameServer && (state === 'refused' || state === 'offline')) {
      await keepBefore()
      const host = URL.parse(input.url)?.host ?? input.url
      const failed =
        state === 'refused'
          ? `the server refused the user name or token for ${host}`
          : `the server at ${host} cannot be reached or is not answering`
      throw new StancemarkError(
        state === 'refused' ? 'invalid' : 'io',
        `The team archive’s address was not changed: ${failed}. This archive still syncs with ${before.remote.url}.`,
      )
    }
    this.#startTimer(false)
    return this.status()
  }

  /**
   * One sync now (one already running is joined, not doubled). An archive that never synced and
   * holds only the untouched sample joins the team instead: it takes the team's archive as it is.
   */
  syncNow(): Promise<SyncOutcome> {
    const joining = this.#parts.onlySample() && !this.#settings.lastSynced
    this.#running ??= (joining ? this.#join() : this.#sync()).finally(
      () => (this.#running = undefined),
    )
    return this.#running
  }

  async close(): Promise<void> {
    this.#closed = true
    this.#stopTimer()
    await this.#running?.catch(() => undefined)
  }

  #remote() {
    const remote = this.#settings.remote
    if (!remote)
      throw new StancemarkError(
        'invalid',
        'This archive is not shared with a team yet: set the team archive’s address in Settings → Team.',
      )
    return remote
  }

  async #sync(): Promise<SyncOutcome> {
    const { dir, thread, tokens, exclusive, now } = this.#parts
    await this.#startLook
    const token = await tokens.read(dir)
    this.#hasToken = token !== undefined
    const remote = { ...this.#remote(), ...(token !== undefined && { token }) }
    const author = this.#author()
    // The server is waited for outside the write queue: saving goes on meanwhile. What touches
    // the folder's files (the commits, the merge's writes, reading them back) runs in turn.
    const steps = archiveSyncSteps({
      dir,
      thread,
      remote,
      author,
      now,
      committing: (step) => this.#committing(step),
      readBack: (written) => this.#readBack(written),
    })
    try {
      const result = await syncRounds(steps, exclusive)
      const waiting = result.state === 'synced' ? [] : await thread.run({ op: 'waiting', dir })
      // Sharing stopped or moved to another server meanwhile: this sync's end is not that one's.
      if (this.#settings.remote?.url === remote.url)
        await exclusive(() => this.#record({ ...result, waiting }))
      this.#sending.clear()
      return this.#outcome(result)
    } finally {
      // Committed, and the sync failed before it said what went out: still waiting to go out.
      for (const path of this.#sending) this.#changedSince.add(path)
      this.#sending.clear()
    }
  }

  /**
   * A step that commits what was saved (run in the write queue): the registry put off written
   * first; what was saved before it is then committed, no longer saved since the last sync.
   */
  async #committing<T>(step: () => Promise<T>): Promise<T> {
    await this.#parts.flush()
    const saved = [...this.#changedSince]
    const answer = await step()
    for (const path of saved) {
      this.#changedSince.delete(path)
      this.#sending.add(path)
    }
    return answer
  }

  #outcome(answer: SyncResult): SyncOutcome {
    const done = answer.state === 'synced'
    return {
      pulled: done ? answer.pulled : 0,
      pushed: done ? answer.pushed : 0,
      merged: done ? answer.merged : 0,
      conflicts: done ? answer.conflicts : 0,
      status: this.status({ ended: true }),
    }
  }

  /**
   * Takes the team's archive as it is in place of the untouched sample: cloned while saving goes
   * on, taken in the write queue.
   */
  async #join(): Promise<SyncOutcome> {
    const { dir, thread, tokens, exclusive } = this.#parts
    const token = await tokens.read(dir)
    const remote = { ...this.#remote(), ...(token !== undefined && { token }) }
    const clone = await thread.run({ op: 'clone', dir, remote })
    // An empty team repository: this archive's commits go to the team.
    if (clone.state === 'empty') return this.#sync()
    if (clone.state !== 'cloned')
      return exclusive(async () => {
        await this.#record({ ...clone, waiting: [] })
        return this.#outcome(clone)
      })
    const joined = await exclusive(async () => {
      // Work saved while the team's was cloned (an import) is merged with it, not replaced.
      if (!this.#parts.onlySample()) return undefined
      // A write put off (the sample's registry) would otherwise land on the team's files.
      await this.#parts.flush()
      // Whatever the analyst did to the sample (recoded it, renamed its speakers) can come back.
      if (!this.#keptBeforeJoining) {
        await this.#parts.keepBeforeJoining()
        this.#keptBeforeJoining = true
      }
      const { written } = await thread.run({ op: 'take', dir, clone })
      const incoming = new Set(written.map(articleIdOf).filter((id) => id !== undefined))
      const dropped = await this.#parts.dropSample(incoming)
      await this.#readBack([...written, ...dropped.map((id) => `articles/${id}.json`)])
      this.#changedSince.clear()
      const pulled = written.length
      const synced: SyncResult = { state: 'synced', pulled, pushed: 0, merged: 0, conflicts: 0 }
      await this.#record({ ...synced, waiting: [] })
      return this.#outcome(synced)
    })
    if (joined) return joined
    await thread.run({ op: 'drop', temp: clone.temp })
    return this.#sync()
  }

  async #readBack(written: readonly string[]): Promise<void> {
    if (written.length === 0) return
    this.#reloading = true
    try {
      await this.#parts.reloadShared(written)
    } finally {
      this.#reloading = false
    }
  }

  async #record(answer: SyncResult & { waiting: string[] }): Promise<void> {
    const synced = answer.state === 'synced'
    this.#settings = {
      ...this.#settings,
      lastState: synced ? 'up-to-date' : answer.state,
      message: synced ? null : answer.message,
      lastSynced: synced ? this.#parts.now().toISOString() : this.#settings.lastSynced,
      waiting: answer.waiting,
    }
    await writeSyncSettings(this.#parts.dir, this.#settings)
  }

  #author(): SyncAuthor {
    const coder = currentCoder(this.#parts.archive.catalog, this.#parts.archive.localCoder)
    return { name: coder.name, email: `${coder.id}@coders.stancemark.invalid` }
  }

  #startTimer(soon: boolean): void {
    if (this.#timer || this.#closed) return
    const tick = () => {
      if (this.#settings.remote && !this.#closed)
        this.syncNow().catch((error: unknown) => console.error('stancemark: a sync failed', error))
    }
    this.#timer = setInterval(tick, SYNC_EVERY_MS)
    this.#timer.unref()
    if (soon) tick()
  }

  #stopTimer(): void {
    clearInterval(this.#timer)
    this.#timer = undefined
  }
}
