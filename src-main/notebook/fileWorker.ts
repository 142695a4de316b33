import {
  closeSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { dirname } from 'node:path'
import { parentPort } from 'node:worker_threads'
import { errorCode } from './errorCode'
import { stampOf } from './fileStamp'
import type { FileAnswer, FileCall } from './fileThread'

// Each call runs here whole with the file system's own synchronous calls: a durable write is one
// message each way instead of eight trips between the main thread and the thread pool (see
// fileThread.ts).
const port = parentPort
if (!port) throw new Error('fileWorker runs as a worker thread')

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
  const handle = openSync(temp, 'w')
  try {
    writeFileSync(handle, text, 'utf8')
    fsyncSync(handle)
    stamp = stampOf(statSync(temp, { bigint: true }))
  } finally {
    closeSync(handle)
  }
  renameWithRetry(temp, file)
  if (process.platform === 'win32') return stamp
  const folder = openSync(dirname(file), 'r')
  try {
    fsyncSync(folder)
  } finally {
    closeSync(folder)
  }
  return stamp
}

port.on('message', (call: FileCall) => {
  let answer: FileAnswer
  try {
    const value = call.op === 'read' ? read(call.file) : replace(call.file, call.temp, call.text)
    answer = { id: call.id, value }
  } catch (error) {
    const { message } = error instanceof Error ? error : new Error(String(error))
    answer = { id: call.id, error: { message, code: errorCode(error) } }
  }
  port.postMessage(answer)
})
