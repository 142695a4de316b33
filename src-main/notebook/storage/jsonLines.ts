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
