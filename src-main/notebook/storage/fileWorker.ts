import {
  closeSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { dirname } from 'node:path'
import { parentPort } from 'node:worker_threads'
import { errorCode, systemErrorParts } from './errorCode'
import { stampOf } from './fileStamp'
import type { FileAnswer, FileCall } from './fileThread'
import { KeptFolder } from './keptFolder'

// Each call runs here whole with the file system's own synchronous calls: a durable write is one
// message each way instead of eight trips between the main thread and the thread pool (see
// fileThread.ts).
if (!parentPort) throw new Error('fileWorker runs as a worker thread')
const port = parentPort

/** Antivirus and indexers on Windows hold new files open for a moment. */
const RENAME_ATTEMPTS = process.platform === 'win32' ? 10 : 1
const pause = new Int32Array(new SharedArrayBuffer(4))

function renameWithRetry(from: string, to: string): void {
  for (let attempt = 1; ; attempt++) {
    try {
      return renameSync(from, to)
    } catch (error) {
      const busy = ['EPERM', 'EACCES', 'EBUSY'].includes(errorCode(error) ?? '')
      if (attempt >= RENAME_ATTEMPTS || !busy) throw error
      Atomics.wait(pause, 0, 0, 100)
    }
  }
}

function read(file: string): string | null {
  try {
    return readFileSync(file, 'utf8')
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null
    throw error
  }
}

/**
 * The text to `temp`, flushed; renamed over `file`; the folder flushed (not on Windows).
 * Answers the new file's stamp (fileStamp), which the rename keeps.
 */
function replace(file: string, temp: string, text: string): string {
  let stamp: string
  try {
    const handle = openSync(temp, 'w')
    try {
      writeFileSync(handle, text, 'utf8')
      fsyncSync(handle)
      stamp = stampOf(statSync(temp, { bigint: true }))
    } finally {
      closeSync(handle)
    }
    renameWithRetry(temp, file)
  } catch (error) {
    // A disk that filled up mid-write gets back the room the half-written temp file took.
    rmSync(temp, { force: true })
    throw error
  }
  if (process.platform === 'win32') return stamp
  const folder = openSync(dirname(file), 'r')
  try {
    fsyncSync(folder)
  } finally {
    closeSync(folder)
  }
  return stamp
}

/** How long keeping files goes on at a time before the calls waiting behind it are answered. */
const KEEPING_SLICE_MS = 0.5
/** Keeping files waits while the calls come closer together than this (the analyst at work)… */
const QUIET_MS = 5
/** …but goes on for a slice at least this often. */
const KEEPING_AT_LEAST_EVERY_MS = 100

const keepings = new Map<KeptFolder, number>()
let lastCall = -Infinity

/**
 * Keeps a slice of a backup's files now if the calls have gone quiet or it has waited long
 * enough, and comes back for the next; answers its call when every file is kept.
 */
function keepWhenQuiet(folder: KeptFolder, waitingSince: number): void {
  const now = performance.now()
  const quiet = now - lastCall >= QUIET_MS
  if (!quiet && now - waitingSince < KEEPING_AT_LEAST_EVERY_MS) {
    return void setTimeout(keepWhenQuiet, QUIET_MS, folder, waitingSince)
  }
  if (!folder.keepSome(KEEPING_SLICE_MS)) return void setImmediate(keepWhenQuiet, folder, now)
  const id = keepings.get(folder)!
  keepings.delete(folder)
  port.postMessage(
    folder.failed === undefined ? { id, value: folder.kept } : failure(id, folder.failed),
  )
}

/** Before `file` changes: kept as it is by every backup under way (see KeptFolder). */
function keepFirst(file: string): null {
  for (const folder of keepings.keys()) folder.keepFirst(file)
  return null
}

function failure(id: number, error: unknown): FileAnswer {
  const { message } = error instanceof Error ? error : new Error(String(error))
  return { id, error: { message, ...systemErrorParts(error) } }
}

function answer(call: Exclude<FileCall, { op: 'keep-all' }>): string | null {
  switch (call.op) {
    case 'read':
      return read(call.file)
    case 'keep-first':
      return keepFirst(call.file)
    case 'replace':
      keepFirst(call.file)
      return replace(call.file, call.temp, call.text)
  }
}

port.on('message', (call: FileCall) => {
  lastCall = performance.now()
  if (call.op === 'keep-all') {
    const folder = new KeptFolder(call.from, call.to)
    keepings.set(folder, call.id)
    return keepWhenQuiet(folder, lastCall)
  }
  try {
    port.postMessage({ id: call.id, value: answer(call) } satisfies FileAnswer)
  } catch (error) {
    port.postMessage(failure(call.id, error))
  }
})
