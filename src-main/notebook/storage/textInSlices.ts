// Large files written in the background (the catalog, the derived indexes) are made as text a
// slice at a time, the thread let go between slices, so the analyst's calls asked meanwhile are
// answered: at 10,000 articles each file made whole held the thread 0.1–0.3 s.

/** Lets the thread answer what is waiting before going on. */
export const letGo = () => new Promise((resolve) => setImmediate(resolve))

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  typeof (value as { toJSON?: unknown }).toJSON !== 'function'

/**
 * The text of JSON.stringify(value) (compact), in parts: an object's members made `perSlice` at
 * a time, and so on into a member that is itself a large object (the catalog's articles), with the
 * thread let go between slices. Each object's members are taken as they are when it is reached: a
 * member replaced after that is written as it was, one changed in place as it is at its turn.
 */
export async function jsonInSlices(value: unknown, perSlice = 500): Promise<string[]> {
  const parts: string[] = []
  let done = 0
  const members = async (object: Record<string, unknown>): Promise<void> => {
    parts.push('{')
    let first = true
    for (const [key, member] of Object.entries(object)) {
      const large = isPlainObject(member) && Object.keys(member).length > perSlice
      // Undefined where JSON.stringify leaves the member out (undefined, a function).
      const text = large ? '' : (JSON.stringify(member) as string | undefined)
      if (text === undefined) continue
      parts.push(`${first ? '' : ','}${JSON.stringify(key)}:`)
      first = false
      if (large) await members(member)
      else parts.push(text)
      if (++done % perSlice === 0) await letGo()
    }
    parts.push('}')
  }
  if (isPlainObject(value)) await members(value)
  else parts.push(JSON.stringify(value))
  return parts
}

/**
 * The text of a JSON lines file in parts: `head`, then a line per entry, made `perSlice` entries
 * at a time with the thread let go between slices. The entries are taken as they are when this
 * is called.
 */
export async function jsonLinesInSlices(
  head: unknown,
  entries: readonly unknown[],
  perSlice: number,
): Promise<string[]> {
  const parts = [JSON.stringify(head)]
  for (let from = 0; from < entries.length; from += perSlice) {
    if (from > 0) await letGo()
    for (const entry of entries.slice(from, from + perSlice))
      parts.push('\n', JSON.stringify(entry))
  }
  return parts
}
