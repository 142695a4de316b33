import { Id } from '../../shared/model'

/** The things a Stancemark annotation names: each has an id of the form `urn:stancemark:<kind>:<id>`. */
export type UrnKind =
  'article' | 'statement' | 'speaker' | 'position' | 'stance' | 'mode' | 'cue' | 'coder'

/** `urn:stancemark:speaker:<id>`; a value with spaces (a cue) is percent-encoded. */
export function stancemarkUrn(kind: UrnKind, value: string): string {
  return `urn:stancemark:${kind}:${encodeURIComponent(value)}`
}

const ID_KINDS: readonly UrnKind[] = ['article', 'statement', 'speaker', 'position', 'coder']

/**
 * The value an urn of that kind names, or undefined for anything else; for the kinds that name
 * a thing by id, only a valid id (never `__proto__` or `constructor`, which every object has).
 */
export function fromStancemarkUrn(kind: UrnKind, urn: unknown): string | undefined {
  const prefix = `urn:stancemark:${kind}:`
  if (typeof urn !== 'string' || !urn.startsWith(prefix)) return undefined
  let value: string
  try {
    value = decodeURIComponent(urn.slice(prefix.length))
  } catch {
    return undefined
  }
  if (ID_KINDS.includes(kind) && !Id.safeParse(value).success) return undefined
  return value || undefined
}
