import type { Adapter } from 'lowdb'
import { TextFile } from 'lowdb/node'
import type { z } from 'zod'

/** A file that exists but cannot be used: not JSON, or not the shape we expect. */
export class DamagedFileError extends Error {
  readonly file: string
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`)
    this.file = file
  }
}

/**
 * A lowdb adapter for one JSON file whose content is checked against a schema on read. Writes go
 * through steno (temp file + rename), so the file on disk is always the old or the new version.
 */
export class ValidatedJSONFile<T> implements Adapter<T> {
  readonly #file: string
  readonly #text: TextFile
  readonly #schema: z.ZodType<T>

  constructor(file: string, schema: z.ZodType<T>) {
    this.#file = file
    this.#text = new TextFile(file)
    this.#schema = schema
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
      )
    }
    const parsed = this.#schema.safeParse(json)
    if (!parsed.success)
      throw new DamagedFileError(this.#file, 'the file does not have the expected shape')
    return parsed.data
  }

  write(data: T): Promise<void> {
    return this.#text.write(JSON.stringify(data, null, 2) + '\n')
  }
}
