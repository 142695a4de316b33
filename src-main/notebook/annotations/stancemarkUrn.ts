/** The things a Stancemark annotation names: each has an id of the form `urn:stancemark:<kind>:<id>`. */
export type UrnKind = 'article' | 'statement' | 'speaker' | 'position' | 'stance' | 'mode' | 'cue'

/** `urn:stancemark:speaker:<id>`; a value with spaces (a cue) is percent-encoded. */
export function stancemarkUrn(kind: UrnKind, value: string): string {
  return `urn:stancemark:${kind}:${encodeURIComponent(value)}`
}

/** The value an urn of that kind names, or undefined for anything else. */
export function fromStancemarkUrn(kind: UrnKind, urn: unknown): string | undefined {
  const prefix = `urn:stancemark:${kind}:`
  if (typeof urn !== 'string' || !urn.startsWith(prefix)) return undefined
  try {
    return decodeURIComponent(urn.slice(prefix.length)) || undefined
  } catch {
    return undefined
  }
}
