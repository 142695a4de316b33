/** Links in imported articles may only point to the web or to an e-mail address. */
export const SAFE_HREF = /^(?:https?:|mailto:)/i

export function isSafeHref(href: string): boolean {
  return SAFE_HREF.test(href.trim())
}
