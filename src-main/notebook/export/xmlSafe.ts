// What XML 1.0 does not allow in a document, escaped or not: C0 controls but tab, newline and
// carriage return; a surrogate without its pair; U+FFFE and U+FFFF.
const NOT_XML =
  // oxlint-disable-next-line no-control-regex -- control characters are what it finds
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** The text with only characters an XML document may hold. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '')
}

/** Attributes whose strings an XML writer can put in a well-formed document. */
export function xmlSafeAttributes<T extends Record<string, unknown>>(attributes: T): T {
  const safe: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(attributes))
    safe[name] = typeof value === 'string' ? xmlSafe(value) : value
  return safe as T
}
