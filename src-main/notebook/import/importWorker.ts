import { parentPort } from 'node:worker_threads'
import { crossed } from '../vault/vaultMessages'
import type { ImportAnswer, ImportCall } from './importThread'
import { readImport } from './readImport'

// Imports read in a thread of their own (see ImportThread): parsing and cleaning a long file
// takes seconds the thread that answers the analyst does not give.

const port = parentPort
if (!port) throw new Error('importWorker runs as a worker thread')

port.on('message', ({ id, input }: ImportCall) => {
  readImport(input).then(
    (read) => port.postMessage({ id, read } satisfies ImportAnswer),
    (error: unknown) => port.postMessage({ id, error: crossed(error) } satisfies ImportAnswer),
  )
})
