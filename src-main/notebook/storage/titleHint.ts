/** The title in what is left of a damaged article file, to tell the analyst which article it was. */
export function titleHint(text: string): string | undefined {
  const found = /"title"\s*:\s*("(?:[^"\\]|\\.)*")/.exec(text)
  if (!found) return undefined
  try {
    const title: unknown = JSON.parse(found[1])
    return typeof title === 'string' && title.trim() !== '' ? title.trim().slice(0, 200) : undefined
  } catch {
    return undefined
  }
}
