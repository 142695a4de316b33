/**
 * How deeply arrays and objects nest in a JSON value (a string or number is 0, `[]` is 1), found
 * without recursion: a hostile value cannot exhaust the stack while it is measured. Stops counting
 * once past `limit`.
 */
export function jsonDepth(value: unknown, limit = Infinity): number {
  let deepest = 0
  const pending: [unknown, number][] = [[value, 0]]
  while (pending.length > 0) {
    const [current, depth] = pending.pop()!
    if (current === null || typeof current !== 'object') continue
    deepest = Math.max(deepest, depth + 1)
    if (deepest > limit) return deepest
    for (const child of Object.values(current)) pending.push([child, depth + 1])
  }
  return deepest
}
