const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

/** A short random id of letters and digits, the same shape the archive makes (see newId.ts). */
export function newStatementId(): string {
  return Array.from(
    crypto.getRandomValues(new Uint8Array(14)),
    (byte) => ALPHABET[byte % ALPHABET.length],
  ).join('')
}
