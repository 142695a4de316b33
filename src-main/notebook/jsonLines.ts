const NEWLINE = 0x0a

/** The text of the line of `bytes` from `at`; a newline byte is never inside a UTF-8 character. */
export function lineAt(bytes: Buffer, at: number): { line: string; next: number } {
  const end = bytes.indexOf(NEWLINE, at)
  const stop = end === -1 ? bytes.length : end
  return { line: bytes.toString('utf8', at, stop), next: stop + 1 }
}

/**
 * The `count` JSON lines of `bytes` from `from`, each made text and parsed only when asked for,
 * so a large file is never one string nor parsed whole at once. Throws if there are fewer or more.
 */
export function* jsonLines<T>(bytes: Buffer, from: number, count: number): Generator<T> {
  let at = from
  for (let n = 0; n < count; n++) {
    if (at >= bytes.length) throw new Error('the file ends before its last line')
    const { line, next } = lineAt(bytes, at)
    yield JSON.parse(line) as T
    at = next
  }
  if (at < bytes.length) throw new Error('the file goes on after its last line')
}

/**
 * The text of a JSON lines file: `head`, then a line per entry, made `perSlice` entries at a time
 * with the thread let go between slices, so a large index written in the background does not hold
 * up the calls asked meanwhile. The entries are taken as they are when this is called.
 */
export async function jsonLinesText(
  head: unknown,
  entries: readonly unknown[],
  perSlice: number,
): Promise<string> {
  const lines = [JSON.stringify(head)]
  for (let from = 0; from < entries.length; from += perSlice) {
    if (from > 0) await new Promise((resolve) => setImmediate(resolve))
    for (const entry of entries.slice(from, from + perSlice)) lines.push(JSON.stringify(entry))
  }
  return lines.join('\n')
}
