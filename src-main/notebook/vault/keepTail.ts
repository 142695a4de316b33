/** The line that ends what Stancemark writes in a vault note; what follows it is the analyst's. */
export const TAIL_MARKER =
  '%% Stancemark writes everything above this line; what you write below it is kept when you export again. %%'

/** The analyst's part of a note as it is on disk: everything after the marker line, or nothing. */
export function tailOf(existing: string | null): string {
  if (!existing) return ''
  const at = existing.indexOf(TAIL_MARKER)
  return at < 0 ? '' : existing.slice(at + TAIL_MARKER.length).replace(/^\r?\n/, '')
}

/** Our note, the marker, and the analyst's part. */
export function noteWithTail(ours: string, tail: string): string {
  return `${ours.trimEnd()}\n\n${TAIL_MARKER}\n${tail}`
}
