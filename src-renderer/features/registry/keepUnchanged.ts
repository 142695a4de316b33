type Plain = string | number | boolean | undefined | null | readonly Plain[]

const sameValue = (a: unknown, b: unknown): boolean =>
  a === b ||
  (Array.isArray(a) &&
    Array.isArray(b) &&
    a.length === b.length &&
    a.every((item, i) => sameValue(item, b[i])))

/** Whether two records of plain values (and arrays of them) say the same. */
function sameRecord(a: Record<string, Plain>, b: Record<string, Plain>): boolean {
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((key) => sameValue(a[key], b[key]))
}

/**
 * A list just asked for again, keeping what did not change: an item that says the same as
 * before is the same object as before, and a list that says the same is the list as before. So a
 * view drawn from it is drawn again only for what changed (every save asks for the registry anew).
 */
export function keepUnchanged<T extends { id: string }>(before: readonly T[], next: T[]): T[] {
  const known = new Map(before.map((item) => [item.id, item]))
  let changed = before.length !== next.length
  const kept = next.map((item, i) => {
    const old = known.get(item.id)
    if (old && sameRecord(old as Record<string, Plain>, item as Record<string, Plain>)) {
      if (before[i] !== old) changed = true
      return old
    }
    changed = true
    return item
  })
  return changed ? kept : (before as T[])
}

/** What was asked for again, or what there was if it says the same (so nothing is drawn again). */
export const unlessSame = <T>(before: T | undefined, next: T): T =>
  before !== undefined && JSON.stringify(before) === JSON.stringify(next) ? before : next
