import type { Adapter } from 'lowdb'
import type { z } from 'zod'
import { DurableTextFile } from './durableTextFile'
import type { FileIO } from './fileThread'
import { jsonInSlices } from './textInSlices'

/** A file that exists but cannot be used: not JSON, or not the shape we expect. */
export class DamagedFileError extends Error {
  readonly file: string
  readonly reason: string
  /** What the file holds, to name the article it was where the catalog cannot. */
  readonly text: string
  constructor(file: string, reason: string, text: string) {
    super(`${file}: ${reason}`)
    this.file = file
    this.reason = reason
    this.text = text
  }
}

/** A file written by a newer Stancemark: this version leaves it as it is, never reads or writes it. */
export class NewerFileError extends Error {
  readonly file: string
  readonly version: number
  constructor(file: string, version: number) {
    super(`${file}: written by a newer Stancemark (format ${version})`)
    this.file = file
    this.version = version
  }
}

export interface JSONFileOptions {
  /** The newest `schemaVersion` this version reads; written into every file it saves. */
  version?: number
  /** One line, no indentation: for a large file read at every open (the catalog). @default false */
  compact?: boolean
  /** Where the file is read and written (DurableTextFile); Node's asynchronous calls without. */
  io?: FileIO
}

function versionOf(json: unknown): number | undefined {
  if (typeof json !== 'object' || json === null || !('schemaVersion' in json)) return undefined
  return typeof json.schemaVersion === 'number' ? json.schemaVersion : undefined
}

/**
 * A lowdb adapter for one JSON file whose content is checked against a schema on read. Writes are
 * atomic and durable (DurableTextFile): the file on disk is the old or the new version, and a
 * write that resolved is on the disk.
 */
export class ValidatedJSONFile<T extends object> implements Adapter<T> {
  readonly #file: string
  readonly #text: DurableTextFile
  readonly #schema: z.ZodType<T>
  readonly #version: number | undefined
  readonly #indent: number | undefined
  #last: Promise<unknown> = Promise.resolve()

  constructor(file: string, schema: z.ZodType<T>, options: JSONFileOptions = {}) {
    this.#file = file
    this.#text = new DurableTextFile(file, options.io)
    this.#schema = schema
    this.#version = options.version
    this.#indent = options.compact ? undefined : 2
  }

  async read(): Promise<T | null> {
    const text = await this.#text.read()
    if (text === null) return null
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      throw new DamagedFileError(
        this.#file,
        text.trim() === '' ? 'the file is empty' : 'the file is not valid JSON',
        text,
      )
    }
    const version = versionOf(json)
    if (this.#version !== undefined && version !== undefined && version > this.#version)
      throw new NewerFileError(this.#file, version)
    const parsed = this.#schema.safeParse(json)
    if (!parsed.success)
      throw new DamagedFileError(this.#file, 'the file does not have the expected shape', text)
    return parsed.data
  }

  async write(data: T): Promise<void> {
    await this.writeStamped(data)
  }

  /** As `write`; answers the new file's stamp (fileStamp) when `io` made it. */
  writeStamped(data: T): Promise<string | void> {
    const versioned = this.#version === undefined ? data : { schemaVersion: this.#version, ...data }
    if (this.#indent !== undefined)
      return this.#text.writeStamped(JSON.stringify(versioned, null, this.#indent) + '\n')
    // A compact file is a large one (the catalog): made a slice at a time, writes kept in order.
    const run = this.#last.then(async () =>
      this.#text.write([...(await jsonInSlices(versioned)), '\n']),
    )
    this.#last = run.catch(() => undefined)
    return run
  }
}
