/** A name as people match it: case, diacritics and spacing ignored ("Zelenskyy" ≠ "Zelensky" still). */
export function foldName(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim()
}
