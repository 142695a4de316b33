/** Links may only point to the web or to an e-mail address. */
export const SAFE_HREF = /^(?:https?:|mailto:)/i

export function isSafeHref(href: string): boolean {
  return SAFE_HREF.test(href.trim())
}

// Browsers drop tabs, newlines and leading spaces and controls from a URL before reading its scheme.
// oxlint-disable-next-line no-control-regex -- control characters are what it finds
const IGNORED_IN_URL = /[\u0000-\u0020\u007f]/g
const SCHEME = /^[a-z][a-z0-9+.-]*:/i

/** An article's address: a web address, or words with no scheme at all; never `javascript:` or `data:`. */
export function isSafeArticleUrl(url: string): boolean {
  const bare = url.replace(IGNORED_IN_URL, '')
  return !SCHEME.test(bare) || /^https?:/i.test(bare)
}

/** A web address to link to: http(s), with a host and no white space. */
export function isWebAddress(url: string): boolean {
  return /^https?:\/\/\S+$/i.test(url)
}
