/** The entries of a comma-separated field, trimmed, without empties or repeats. */
export function commaList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
    ),
  ]
}
