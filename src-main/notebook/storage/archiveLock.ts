import { readFileSync } from 'node:fs'
import { link, open, readFile, rename, unlink } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { LockHolder } from '../../shared/contract'
import { StancemarkError } from '../../shared/errors'
import { errorCode } from './errorCode'
import { localTime } from './localTime'

export const LOCK_FILE = 'stancemark.lock'

export interface ArchiveLock {
  readonly holder: LockHolder
  /** Removes the lock file if it is still ours. */
  release(): Promise<void>
}

/** Whether a process with that id runs on this machine (a zombie on Linux does not count). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch (error) {
    return errorCode(error) === 'EPERM'
  }
  if (process.platform !== 'linux') return true
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z'
  } catch {
    return false
  }
}

function parseHolder(text: string): LockHolder | undefined {
  try {
    return LockHolder.parse(JSON.parse(text))
  } catch {
    return undefined
  }
}

/** A lock left by a process that is gone: on this machine, and its process no longer runs. */
function isStale(holder: LockHolder): boolean {
  return holder.hostname === hostname() && !isRunning(holder.pid)
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined
    throw error
  }
}

/**
 * Creates the lock file with its whole content at once, or fails with EEXIST. It is not flushed to
 * the disk: other processes see it as soon as it is there, and one that a power cut left empty or
 * half-written names no live process, so the next open takes it over.
 */
async function createLock(file: string, text: string): Promise<void> {
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`
  const handle = await open(temp, 'w')
  try {
    await handle.writeFile(text, 'utf8')
  } catch (error) {
    await handle.close()
    await unlink(temp).catch(() => undefined)
    throw error
  }
  await handle.close()
  try {
    await link(temp, file)
  } catch (error) {
    const code = errorCode(error)
    if (code === 'EEXIST' || !['EPERM', 'ENOTSUP', 'ENOSYS', 'EOPNOTSUPP'].includes(code ?? ''))
      throw error
    // A file system without hard links: exclusive create, then the content.
    const exclusive = await open(file, 'wx')
    await exclusive.writeFile(text, 'utf8').finally(() => exclusive.close())
  } finally {
    await unlink(temp).catch(() => undefined)
  }
}

/** Moves a stale lock out of the way, unless someone replaced it with a live one meanwhile. */
async function removeStaleLock(file: string, staleText: string): Promise<void> {
  const aside = `${file}.stale-${process.pid}-${Date.now()}`
  try {
    await rename(file, aside)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return
    throw error
  }
  if ((await readText(aside)) !== staleText) await link(aside, file).catch(() => undefined)
  await unlink(aside)
}

/**
 * Takes the archive's lock (`stancemark.lock`: pid, host, app, start time), taking over one left
 * by a process that is gone. Answers who holds it when a live process does.
 */
export async function takeArchiveLock(
  dir: string,
  app: LockHolder['app'],
  startedAt: Date,
): Promise<{ lock: ArchiveLock } | { heldBy: LockHolder }> {
  const file = join(dir, LOCK_FILE)
  const holder: LockHolder = {
    pid: process.pid,
    hostname: hostname(),
    app,
    startedAt: startedAt.toISOString(),
  }
  const text = JSON.stringify(holder, null, 2) + '\n'
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      await createLock(file, text)
      return { lock: { holder, release: () => releaseLock(file, text) } }
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error
    }
    const found = await readText(file)
    if (found === undefined) continue
    const foundHolder = parseHolder(found)
    if (foundHolder && !isStale(foundHolder)) return { heldBy: foundHolder }
    await removeStaleLock(file, found)
  }
  throw new StancemarkError(
    'io',
    `Stancemark could not take the lock of the archive in ${dir}: other processes keep opening it.`,
  )
}

const APP_NAMES: Record<LockHolder['app'], string> = {
  desktop: 'the Stancemark app',
  host: 'the Stancemark local host',
  script: 'a Stancemark script',
}

/** What a window that has the archive read-only tells the analyst. */
export function readOnlyMessage(holder: LockHolder): string {
  const elsewhere = holder.hostname !== hostname()
  const where = elsewhere ? ` on the computer “${holder.hostname}”` : ''
  const since = localTime(holder.startedAt)
  const advice = elsewhere
    ? ` If Stancemark no longer runs there, delete ${LOCK_FILE} in the archive folder and open it again.`
    : ' Close it there to make changes here.'
  return `This archive is open in ${APP_NAMES[holder.app]}${where} (process ${holder.pid}, since ${since}); it is read-only here.${advice}`
}

async function releaseLock(file: string, ours: string): Promise<void> {
  if ((await readText(file)) !== ours) return
  await unlink(file)
}
