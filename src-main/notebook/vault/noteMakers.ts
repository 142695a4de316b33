import type { MessagePort } from 'node:worker_threads'
import { writeNote, type NoteJob, type NoteWritten } from './writeNote'
import { uncrossed, type HelperAnswer, type HelperJob } from './vaultMessages'

/**
 * Notes sent to a helper and not yet answered, at most: enough that it has the next at hand while
 * its answers wait for this thread to take them in, and fewer than the export has under way
 * (`WRITES_AT_ONCE`), so this thread makes some itself when the helpers are behind.
 */
const QUEUED_PER_HELPER = 12

interface Waiting {
  job: NoteJob
  resolve: (written: NoteWritten) => void
  reject: (error: unknown) => void
}

interface Helper {
  port: MessagePort
  waiting: Map<number, Waiting>
}

/** Makes and writes the note in this thread. */
const writeHere = ({ job, resolve, reject }: Waiting) => writeNote(job).then(resolve, reject)

/**
 * Makes and writes a vault's notes (`writeNote`) in helper threads (other vault workers, one
 * `port` each), and in this thread when every helper has enough to do: the notes' Markdown and
 * files are most of an export's work, and a machine with cores to spare does them side by side.
 * A note is the same wherever it is made. One sent to a helper that stops is made here instead.
 */
export class NoteMakers {
  readonly #helpers: Helper[]
  #nextId = 0

  constructor(ports: readonly MessagePort[]) {
    this.#helpers = ports.map((port) => {
      const helper: Helper = { port, waiting: new Map() }
      port.on('message', (answer: HelperAnswer) => {
        const waiting = helper.waiting.get(answer.id)
        if (!waiting) return
        helper.waiting.delete(answer.id)
        if ('written' in answer) waiting.resolve(answer.written)
        else waiting.reject(uncrossed(answer.error))
      })
      port.on('close', () => this.#lose(helper))
      return helper
    })
  }

  /** Helpers still at work. */
  get helpers(): number {
    return this.#helpers.length
  }

  /**
   * Whether the note was written: by the least busy helper that has room, or by this thread when
   * the helpers have their fill even after their latest answers are taken in.
   */
  async write(job: NoteJob): Promise<NoteWritten> {
    if (this.#helpers.length === 0) return writeNote(job)
    let helper = this.#roomiest()
    if (!helper) {
      // This thread may have been too busy to hear them: their answers make room.
      await new Promise((resolve) => setImmediate(resolve))
      helper = this.#roomiest()
    }
    if (!helper) return writeNote(job)
    const id = this.#nextId++
    const sent = helper
    return new Promise((resolve, reject) => {
      sent.waiting.set(id, { job, resolve, reject })
      sent.port.postMessage({ id, job } satisfies HelperJob)
    })
  }

  #roomiest(): Helper | undefined {
    let roomiest: Helper | undefined
    for (const helper of this.#helpers) {
      const queued = helper.waiting.size
      if (queued < QUEUED_PER_HELPER && queued < (roomiest?.waiting.size ?? Infinity))
        roomiest = helper
    }
    return roomiest
  }

  /** Lets the helpers go; a note still waiting on one is made here. */
  close(): void {
    for (const helper of [...this.#helpers]) {
      this.#lose(helper)
      helper.port.close()
    }
  }

  #lose(helper: Helper): void {
    const at = this.#helpers.indexOf(helper)
    if (at < 0) return
    this.#helpers.splice(at, 1)
    helper.port.removeAllListeners()
    for (const waiting of helper.waiting.values()) void writeHere(waiting)
    helper.waiting.clear()
  }
}
