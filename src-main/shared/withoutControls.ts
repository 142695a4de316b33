// C0 control characters but tab and newline, and DEL: invisible in a name, and not allowed in XML.
// oxlint-disable-next-line no-control-regex -- control characters are what it finds
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F]/g

/** The text without control characters (tab and newline kept). */
export function withoutControls(text: string): string {
  return text.replace(CONTROLS, '')
}
