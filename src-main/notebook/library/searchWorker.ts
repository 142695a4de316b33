import { readFile } from 'node:fs/promises'
import { parentPort } from 'node:worker_threads'
import { DurableTextFile } from '../storage/durableTextFile'
import { SearchIndex } from './searchIndex'
import type { SearchAnswer, SearchCall } from './searchThread'
import { messageOf } from '../../shared/errors'

// The full-text index in a thread of its own (see SearchThread): its 150 MB of terms at 10,000
// articles, their loading, indexing and writing, and each search's short-lived garbage stay off
// the thread that answers the analyst.

const port = parentPort
if (!port) throw new Error('searchWorker runs as a worker thread')

let index = SearchIndex.empty()
const files = new Map<string, DurableTextFile>()
const fileAt = (path: string) =>
  files.get(path) ?? files.set(path, new DurableTextFile(path)).get(path)!

async function load(path: string) {
  try {
    index = SearchIndex.parse(await readFile(path))
    return {
      loaded: 'file' as const,
      stamps: [...index.ids()].map((id) => [id, index.stamp(id)!]),
    }
  } catch {
    // Missing, damaged, or written by another version: it is derived, so it is rebuilt.
  }
  index = SearchIndex.empty()
  return { loaded: 'rebuilt' as const, stamps: [] }
}

/** Answers one call; a write is a copy of the index as it is now, written while others go on. */
function answer(call: SearchCall): unknown {
  switch (call.op) {
    case 'load':
      return load(call.file)
    case 'set':
      return index.set(call.id, call.stamp, call.fields)
    case 'remove':
      return index.remove(call.id)
    case 'search':
      return index.page(call.text, call.enough, call.limit, call.among)
    case 'rank':
      return index.rank(call.text)
    case 'write':
      return index.serialize().then((parts) => fileAt(call.file).write(parts))
  }
}

// Calls are taken in order; only loading holds up the ones after it.
let loading: Promise<unknown> = Promise.resolve()
port.on('message', ({ id, call }: { id: number; call: SearchCall }) => {
  const run = loading.then(() => answer(call))
  if (call.op === 'load') loading = run.catch(() => undefined)
  run.then(
    (value) => {
      const reply: SearchAnswer = { id, value }
      const scores = (value as { scores?: Float64Array } | undefined)?.scores
      port.postMessage(reply, scores ? [scores.buffer as ArrayBuffer] : [])
    },
    (error: unknown) => {
      const reply: SearchAnswer = {
        id,
        error: messageOf(error),
      }
      port.postMessage(reply)
    },
  )
})
