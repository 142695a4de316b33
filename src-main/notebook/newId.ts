import { randomBytes } from 'node:crypto'
import { Id } from '../shared/model'

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

/** A short random id of letters and digits: safe in file names, URLs and Obsidian block ids. */
export function newId(): string {
  return Array.from(randomBytes(14), (byte) => ALPHABET[byte % ALPHABET.length]).join('')
}

/** An id from a file when it is a valid one that nothing here uses yet, else a new one. */
export function freshId(wanted: string | undefined, taken: (id: string) => boolean): string {
  return wanted && Id.safeParse(wanted).success && !taken(wanted) ? wanted : newId()
}
