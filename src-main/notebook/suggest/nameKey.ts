/**
 * A name as the registry matches it: case, diacritics, a leading "the" and a possessive ignored,
 * and common transliteration variants made one ("Zelenskiy", "Zelensky", "Zelenskyy" → "zelensky").
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'s?\b|'$/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .split(' ')
    .map(transliterationKey)
    .join(' ')
}

/** One spelling for the ways a name is carried over from Cyrillic, Arabic or German. */
function transliterationKey(word: string): string {
  return word
    .replace(/(iy|yy|ij|ii|yi)$/, 'y')
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    .replace(/j/g, 'y')
    .replace(/(.)\1+/g, '$1')
}
