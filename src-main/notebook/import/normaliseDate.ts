function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return undefined
  }
  return date.toISOString().slice(0, 10)
}

/**
 * A date as YYYY-MM-DD, from a YAML date, an ISO date or timestamp (its calendar date as written,
 * not shifted to UTC) or a date a person wrote ("April 26, 2023"); undefined when it is none.
 */
export function normaliseDate(value: unknown): string | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined
    return isoDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate())
  }
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  const iso = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?!\d)/.exec(text)
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  if (!/[a-z]/i.test(text) || !/\d{4}/.test(text)) return undefined
  const parsed = new Date(text)
  if (Number.isNaN(parsed.getTime())) return undefined
  return isoDate(parsed.getFullYear(), parsed.getMonth() + 1, parsed.getDate())
}
