import { randomBytes } from 'node:crypto'

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

/** A short random id of letters and digits: safe in file names, URLs and Obsidian block ids. */
export function newId(): string {
  return Array.from(randomBytes(14), (byte) => ALPHABET[byte % ALPHABET.length]).join('')
}
